import { isAgentNoun } from "./isAgentNoun.ts";
import type { CueSite } from "./cueSite.ts";
import { cueText } from "./cueText.ts";
import { subjectBefore, type Phrase } from "./phrases.ts";
import { quotedAs } from "./quotedAs.ts";
import { words } from "./words.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import { isOrganisationNoun } from "./isOrganisationNoun.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

const perceptionVerbs = lexiconSet("quotes/perception-verbs");
const DAY_PHRASE = new RegExp(`^(?:on\\s+)?${weekdayPattern}$`, "i");
const LAW_HEADS = lexiconSet("quotes/law-heads");

/** A cue site with the speaker phrase before the cue, if any, and the cue as written. */
export interface SpeakerSite extends CueSite {
  /** The subject right before the cue, or the one quoted "as saying". */
  near: Phrase | null;
  /** The speaker phrase: `near`, or the name a relative clause before the cue hangs on. */
  subject: Phrase | null;
  /** The cue as written, with the hearer of "told". */
  cue: string;
}

// "said Mr Fitzpatrick, who added that …", "the Association (IATA), which has attacked …".
function antecedent(x: CueSite): Phrase | null {
  const { ctx, from, before } = x;
  const relFrom = Math.max(0, before.length - 160);
  const relative = /\b(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u.test(before);
  const withComma = !relative
    ? null
    : /([\p{L}'’.&-]+(?:\s+[\p{L}'’.&-]+){0,6})(?:\s*\([^)]*\))?,\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,2}$/u.exec(
        before.slice(relFrom),
      );
  // ("the Low Pay Commission which said …": with no comma, after the last word of a name that is no person's)
  const bare =
    !relative || withComma
      ? null
      : /(?<!\p{Lu}[\p{L}'’.&-]*\s)((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:(?:of|and|for|the|&)\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})\s+which\s+(?:\p{Ll}+\s+){0,1}$/u.exec(
          before.slice(relFrom),
        );
  // ("seized by the government which claims …": or a short definite description of a body or organisation)
  const described =
    !relative || withComma || bare
      ? null
      : /(?<![\p{L}])(the\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+))\s+which\s+(?:\p{Ll}+\s+){0,1}$/u.exec(
          before.slice(relFrom),
        );
  const rel = withComma ?? bare ?? (described && isOrganisationNoun(described[2], ctx.lex) ? described : null);
  if (!rel) return null;
  const relAt = from + relFrom + rel.index;
  // (not a person's name, who takes "who", nor a law's, which states: "the Act of Settlement which confirmed …")
  if (
    bare &&
    (ctx.ents.mentions.some((m) => m.kind === "person" && m.start < relAt + rel[1].length && m.end > relAt) ||
      rel[1].split(/\s+/).some((t) => LAW_HEADS.has(t.toLowerCase())))
  )
    return null;
  // "David Kahn - a former Yale historian, and a leading expert on code-breaking, who has confirmed …": the
  // relative clause hangs on the name that the descriptions before it are in apposition to.
  if (/^(?:and\s+)?(?:an?|the)\s+\p{Ll}/u.test(rel[1])) {
    const named = appositiveName(ctx.text, Math.max(from, relAt - 200), relAt);
    if (named) return named;
  }
  const words_ = words(ctx.text, relAt, relAt + rel[1].length);
  // ("The unit was seized by the government, which claims …": a short definite description of a body or
  // organisation, in lower case after its "the", closes the phrase)
  const the = words_.findLastIndex((x) => x.lower === "the");
  const head = words_.at(-1)?.lower ?? "";
  if (
    the >= 0 &&
    words_.length - the <= 4 &&
    words_.slice(the + 1).every((x) => /^\p{Ll}/u.test(x.text)) &&
    isOrganisationNoun(head, ctx.lex)
  )
    return { start: words_[the].start, end: words_[words_.length - 1].end, appositive: null };
  const k = words_.findIndex((x) => /^\p{Lu}/u.test(x.text));
  if (k < 0) return null;
  const startAt = k > 0 && words_[k - 1].lower === "the" ? words_[k - 1].start : words_[k].start;
  return { start: startAt, end: words_[words_.length - 1].end, appositive: null };
}

// The capitalised name before a chain of descriptions in apposition, the last of which starts at `end`, or null.
function appositiveName(text: string, from: number, end: number): Phrase | null {
  const parts = [...text.slice(from, end).matchAll(/,\s+|\s+[-–—]\s+/g)];
  for (let k = parts.length - 1; k >= 0; k--) {
    const cut = from + parts[k].index;
    if (cut + parts[k][0].length !== end) return null;
    // (one capitalised word only after a lower-case one: "However, a spokesman, who …" names no one)
    const name =
      /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u.exec(text.slice(from, cut)) ??
      /\p{Ll}\s+(\p{Lu}[\p{L}'’.-]*)$/u.exec(text.slice(from, cut));
    if (name) return { start: cut - name[1].length, end: cut, appositive: null };
    const previous = k > 0 ? from + parts[k - 1].index + parts[k - 1][0].length : from;
    if (!/^(?:and\s+)?(?:an?|the)\s+\p{Ll}/u.test(text.slice(previous, cut))) return null;
    end = previous;
  }
  return null;
}

// "sued by a make-up artist who claimed he …", "a woman who claimed they …": an indefinite description of a
// person before a restrictive "who" (no comma) is the speaker.
function restrictive({ ctx, from, before }: CueSite): Phrase | null {
  const m = /\b(an?\s+(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+))\s+who\s+$/u.exec(before.slice(-80));
  if (!m) return null;
  const head = m[2].replace(/s$/, "");
  const person =
    isAgentNoun(head, ctx.lex) ||
    [ctx.lex.titles, ctx.lex.personAnaphors, ctx.lex.anonymousHeads].some((l) => l.has(m[2]) || l.has(head));
  if (!person) return null;
  const start = from + Math.max(0, before.length - 80) + m.index;
  return { start, end: start + m[1].length, appositive: null };
}

/** The speaker site of a cue. */
export function speakerSite(x: CueSite): SpeakerSite {
  const { ctx, w, from, cueEnd, progressive, before } = x;
  // "…, saying …" shares the sentence's subject, whatever noun phrase precedes the comma.
  // "Reuters quoted finance minister Ana Ruiz as saying …": the one quoted speaks.
  const quoted = progressive ? quotedAs(ctx.text, from, w.start) : null;
  let near = quoted ?? (progressive && /,\s*$/.test(before) ? null : subjectBefore(ctx, from, w.start));
  // "Mr Smith e-mailed Mr McFadyen pointing out that …": before a participle, the object of a verb is not its
  // subject; the sentence's subject, before the verb, is (but "quoted Mr Clarke telling …": lexicon
  // `quotes/perception-verbs`).
  if (near && progressive && !quoted) {
    const ws = words(ctx.text, near.start, near.end);
    const verb = ws.findIndex(
      (y, k) =>
        k > 0 &&
        /^\p{Ll}[\p{L}-]*ed$/u.test(y.text) &&
        !perceptionVerbs.has(y.lower) &&
        k < ws.length - 1 &&
        /^\p{Lu}/u.test(ws[k + 1].text),
    );
    if (verb > 0) near = { start: near.start, end: ws[verb - 1].end, appositive: null };
  }
  // ("… but on Wednesday said …": a day before the cue is when, not who)
  if (near && DAY_PHRASE.test(ctx.text.slice(near.start, near.end))) near = null;
  const subject = (/\swho\s+$/.test(before) ? restrictive(x) : null) ?? near ?? antecedent(x);
  return { ...x, near, subject, cue: cueText(ctx, w.start, cueEnd, x.cls === "recipient") };
}
