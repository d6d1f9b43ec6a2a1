import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { hasWord } from "./hasWord.ts";
import { singularOf } from "./singularOf.ts";
import { words } from "./words.ts";

/**
 * Refiner: a headline drops the article, so its speaker is a bare description ("UK asylum hotel bill hits £8 mln a
 * day, spending watchdog says") that the story names in its body ("…, the country's public spending watchdog said on
 * Monday" → the National Audit Office). A headline quote whose organisation speaker is only its own lower-case
 * description takes the speaker of the first body quote whose speaker phrase has the same head noun and resolves to
 * a name, else that of an organisation the headline named before it. Plural descriptions ("families say", "sources
 * say") stay as written: they describe, they name no one.
 */
export function headlineSpeakers(ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const { text } = ctx;
  const end = ctx.headlineEnd;
  const phraseOf = (q: QuoteCandidate) =>
    q.speaker_start === null || q.speaker_end === null ? "" : text.slice(q.speaker_start, q.speaker_end);
  const body = quotes
    .filter((q) => q.start >= end && q.speaker !== null && q.speaker_start !== null)
    .sort((a, b) => (a.speaker_start ?? 0) - (b.speaker_start ?? 0));
  return quotes.map((q) => {
    const phrase = phraseOf(q);
    if (q.speaker_type !== "organization" || q.speaker_start === null || q.speaker_start >= end || q.speaker !== phrase)
      return q;
    const ws = words(text, q.speaker_start, q.speaker_end ?? q.speaker_start);
    const head = ws[ws.length - 1]?.text ?? "";
    // (a lower-case description, after a place at most: "Waterloo payroll firm", not "Federal Court")
    if (singularOf(head) !== head || !ws.slice(1).every((w) => /^\p{Ll}/u.test(w.text)) || !/^\p{Ll}/u.test(head))
      return q;
    const named = (b: QuoteCandidate) => b.speaker_type === "organization" && b.speaker !== phraseOf(b);
    // ("Nurses end 3-day strike at Northshore Health, but hospital says …": else an organisation the headline named
    // before it that speaks in the body)
    const before = text.slice(0, q.speaker_start);
    const source =
      body.find(
        (b) => named(b) && words(text, b.speaker_start ?? 0, b.speaker_end ?? 0).some((w) => w.lower === head),
      ) ??
      body.find(
        (b) =>
          b.speaker_type === "organization" && b.speaker !== null && hasWord(before, b.speaker.replace(/^the\s+/i, "")),
      );
    return source
      ? {
          ...q,
          speaker: source.speaker,
          speaker_type: source.speaker_type,
          role: source.role,
          rule: `${q.rule}+headline`,
        }
      : q;
  });
}
