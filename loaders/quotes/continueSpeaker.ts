import { GIVEN_NAME_ONLY } from "./givenNameOnly.ts";
import { hasWord } from "./hasWord.ts";
import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";

const GAP = /^[\s\u00a0]*$/;

/**
 * Refiner: a direct quote with no cue of its own takes the speaker of the quotation it continues
 * (a quote reopened in the same paragraph, or one running on from the previous paragraph), else of
 * the most recent attributed quote in the same or the previous two paragraphs (`cue: null`).
 * Quotes still without a speaker are dropped.
 */
export function continueSpeaker(ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const { text } = ctx;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const paraOf = (pos: number) => ctx.sentenceAt(pos)?.paragraph ?? -1;
  const adjacent = (a: QuoteCandidate, b: QuoteCandidate) => {
    if (a.kind !== "direct" || b.kind !== "direct") return false;
    const gap = text.slice(a.end, b.start);
    // "…26 weeks. "We are going…": only whitespace and the marks between the two spans.
    return GAP.test(gap.replace(/["“”]/g, "")) && paraOf(a.start) === paraOf(b.start);
  };
  // A run of adjacent quotations opened by an attributed one ("X added: "…. "…. "…") stays with it.
  const anchored = sorted.map(() => false);
  for (let k = 1; k < sorted.length; k++)
    anchored[k] =
      !sorted[k].speaker &&
      adjacent(sorted[k - 1], sorted[k]) &&
      (anchored[k - 1] || (sorted[k - 1].speaker !== null && sorted[k - 1].start > (sorted[k - 1].speaker_end ?? 0)));
  for (let k = sorted.length - 2; k >= 0; k--) {
    const q = sorted[k];
    const n = sorted[k + 1];
    if (
      !anchored[k] &&
      !q.speaker &&
      n.speaker &&
      adjacent(q, n) &&
      !/["”]\s*$/.test(text.slice(q.end, n.start).replace(/["“]\s*$/, ""))
    )
      sorted[k] = { ...q, ...pick(n), cue: n.cue, rule: `${q.rule}+chain` };
  }
  let last: QuoteCandidate | undefined;
  // The last direct quotation's speaker: a cue-less quotation resumes the person quoted in marks
  // in its own paragraph, not an organisation reported in between ("… it is estimating that …").
  let lastDirect: QuoteCandidate | undefined;
  for (let k = 0; k < sorted.length; k++) {
    const q = sorted[k];
    const voice =
      lastDirect &&
      last &&
      last.kind === "indirect" &&
      last.speaker_type === "organization" &&
      lastDirect.speaker_type === "person" &&
      paraOf(lastDirect.start) === paraOf(q.start)
        ? lastDirect
        : last;
    const chained = k > 0 && adjacent(sorted[k - 1], q) && sorted[k - 1].speaker;
    // '… Menzies Campbell repeated his party's calls for … . "The public interest …"': a quotation after a
    // sentence whose subject is a person named since the last quote is theirs.
    const named = !q.speaker && !chained ? subjectBefore(ctx, q.start, voice?.end ?? 0) : null;
    if (named) sorted[k] = { ...q, ...named, cue: null, rule: `${q.rule}+named-before` };
    else if (!q.speaker && voice && paraOf(q.start) - paraOf(voice.start) <= 2) {
      sorted[k] = { ...q, ...pick(voice), cue: chained ? voice.cue : null, rule: `${q.rule}+continued` };
    }
    if (sorted[k].speaker && sorted[k].rule !== "noun-cue-from") last = sorted[k];
    if (sorted[k].speaker && sorted[k].kind === "direct") lastDirect = sorted[k];
  }
  return sorted.filter((q) => q.speaker && !ctx.lex.pronouns.has(q.speaker.toLowerCase()));
}

function pick(q: QuoteCandidate) {
  return {
    speaker: q.speaker,
    speaker_type: q.speaker_type,
    role: q.role,
    speaker_start: q.speaker_start,
    speaker_end: q.speaker_end,
  };
}

// The person who is the subject of the sentence right before `at` (not a quotation), named after `since`.
function subjectBefore(ctx: QuoteContext, at: number, since: number) {
  const here = ctx.sentenceAt(at);
  if (!here || here.index === 0) return null;
  const before = ctx.doc.sentences[here.index - 1];
  if (before.paragraph !== here.paragraph && before.paragraph !== here.paragraph - 1) return null;
  // (only narration: a sentence that opens a quotation belongs to its speaker)
  if (ctx.quoteAt(before.start) || /["“”]/.test(ctx.text.slice(before.start, before.end))) return null;
  // ("Liberal Democrat foreign affairs spokesman Menzies Campbell repeated": the last subject named, with a
  // first name or a role, not "Strong Oscar contenders")
  const named = ctx.ents.mentions.filter(
    (x) => x.start >= before.start && x.end <= before.end && x.start >= since && x.kind === "person" && x.named,
  );
  // ('… grew out of research done by the company's research director Dr Alastair Sibbald. "We are …"': a person
  // the article first names, with a role, at the end of a sentence with no person as its subject; not 'He
  // praised striker Wayne Rooney. "He was great."')
  const last = named.at(-1);
  const introduced =
    last !== undefined &&
    !ctx.lex.pronouns.has(/^\W*(\p{L}+)/u.exec(ctx.text.slice(before.start, before.end))?.[1].toLowerCase() ?? "") &&
    !ctx.ents.mentions.some(
      (x) => x.start >= before.start && x.end <= before.end && x.kind === "person" && x.subject,
    ) &&
    /^\W*$/.test(ctx.text.slice(last.end, before.end)) &&
    ctx.ents.fullName(last.name.split(" ")).role !== null &&
    !ctx.ents.mentions.some((x) => x.start < last.start && x.name === last.name);
  const m = introduced ? last : named.filter((x) => x.subject).at(-1);
  if (!m) return null;
  const person = ctx.ents.fullName(m.name.split(" "));
  // (a first name of the wider list too: "Among those who gave evidence was Lena Moretti, who runs …")
  // (or one the article says it names by a first name only: "identified only by his first name, Yonas")
  if (
    !person.role &&
    !ctx.lex.firstNames.has(person.tokens[0].toLowerCase()) &&
    !GIVEN_NAME_ONLY.test(ctx.text.slice(Math.max(0, m.start - 40), m.start))
  )
    return null;
  // ('Scotland forward Simon Taylor looks certain … "… Simon Taylor is an outstanding player …"': the
  // quotations of the paragraph talk about the person, so someone else speaks.)
  const surname = person.tokens[person.tokens.length - 1];
  if (
    ctx.spans.some(
      (q) => q.paragraph === here.paragraph && q.end > at && hasWord(ctx.text.slice(q.start, q.end), surname),
    )
  )
    return null;
  return {
    speaker: person.name,
    speaker_type: "person" as const,
    role: person.role,
    speaker_start: m.start,
    speaker_end: m.end,
  };
}
