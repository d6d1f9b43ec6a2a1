import type { QuoteCandidate } from "../types.ts";
import { lexicon } from "../lexicon/lexicon.ts";
import { documentPhrase } from "./documentPhrase.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { Report } from "./report.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import { trimClause } from "./trimClause.ts";
import { words } from "./words.ts";

let judged: RegExp | undefined;

// The end of a claim's clause before a verb that judges the claim ("… was strongly denied", "… is untrue";
// lexicon `quotes/claim-judgements`).
function claimEnd(clause: string): number {
  judged ??= new RegExp(
    `\\s(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been)\\s+(?:\\p{Ll}+ly\\s+)?(?:\\p{Ll}+(?:ed|en)\\s+by\\b|(?:${lexicon("quotes/claim-judgements").join("|")})\\b)`,
    "u",
  );
  const m = judged.exec(clause);
  return m && m.index > 10 ? m.index : clause.length;
}

/** The indirect or mixed quote a kept report gives, or null when it gives none (no speaker, too short, direct). */
export function reportedClause(ctx: QuoteContext, r: Report): QuoteCandidate | null {
  const { text, lex } = ctx;
  if (!r.who) return null;
  // "CML figures showed …": an evidential cue reports a document's or data's clause only.
  // (unowned data, "the figures showed", report no one)
  // ("Surveys have shown …", "Surveys of economists have shown …": nor do documents no one is said to have written)
  if (
    lex.evidentialCues.has(r.cue.toLowerCase()) &&
    !(
      r.subject &&
      documentPhrase(ctx, r.subject) &&
      !/^\p{L}+s(?:\s+(?:of|into|on)\s[^]*)?$/u.test(text.slice(r.subject.start, r.subject.end))
    )
  )
    return null;
  // 'said "blog" headed the list': a clause that opens with quoted words starts at the mark.
  const opening = ctx.quoteAt(r.clauseStart);
  const from =
    opening && opening.start === r.clauseStart && opening.open < r.clauseStart ? opening.open : r.clauseStart;
  const [start, trimmed] = trimClause(text, from, r.clauseEnd, r.order !== "after");
  let end = trimmed;
  // "Bellamy's claim that Souness had lied … was strongly denied by Shepherd": a possessed cue noun's clause
  // ends where the sentence's own verb judges the claim.
  if (/\p{L}['’]s?\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(Math.max(0, r.cueStart - 40), r.cueStart)))
    end = start + claimEnd(text.slice(start, end));
  // "as much as people thought it would": an elliptical clause of two words reports nothing.
  // ("Mr Templeton said he agreed": a pronoun and a past verb are a clause of their own.)
  const short = /^(?:he|she|they|we|i)\s+\p{Ll}+ed$/iu.test(text.slice(start, end));
  if (end - start < 3 || (words(text, start, end).length < 3 && !short)) return null;
  const inner = ctx.spans.filter((x) => x.open >= start && x.open < end);
  // A clause that is one whole quotation is a direct quote: the one `directQuotes` finds, or, when the sentence
  // goes on ('he said "economic migrants are of great value", but stressed …'), this report's.
  if (
    inner.length === 1 &&
    inner[0].open === start &&
    /^["”’]?$/.test(text.slice(inner[0].close >= 0 ? inner[0].close + 1 : inner[0].end, end))
  )
    return inner[0].close >= 0 && r.order === "before"
      ? candidate(text, r.who, r.cue, inner[0].start, inner[0].end, "direct", "quote-marks+cue-before")
      : null;
  if (ctx.quoteAt(start) && ctx.quoteAt(end - 1) === ctx.quoteAt(start) && ctx.quoteAt(start)?.open !== start)
    return null;
  return candidate(text, r.who, r.cue, start, end, inner.length ? "mixed" : "indirect", r.rule);
}

// The quote `who` gave with `cue` over `text[start, end)`.
function candidate(
  text: string,
  who: Attribution,
  cue: string,
  start: number,
  end: number,
  kind: QuoteCandidate["kind"],
  rule: string,
): QuoteCandidate {
  const { speaker, speaker_type, role, speaker_start, speaker_end } = who;
  return {
    start,
    end,
    text: text.slice(start, end),
    kind,
    speaker,
    speaker_type,
    role,
    cue,
    speaker_start,
    speaker_end,
    rule,
  };
}
