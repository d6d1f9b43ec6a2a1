import { clauseAfter } from "./clauseAfter.ts";
import type { CueSite, Verdict } from "./cueSite.ts";
import { cueText } from "./cueText.ts";
import { isClause } from "./isClause.ts";
import { subjectBefore } from "./phrases.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import type { Word } from "./words.ts";

// The words before the later cue at `k`, up to the conjunction that opens its clause ("… but his lawyer … told").
function ownClause(inner: readonly Word[], k: number): readonly Word[] {
  for (let j = k - 1; j > 0; j--)
    if (/^(?:but|and|while|although|though|whereas)$/.test(inner[j].lower)) return inner.slice(0, j);
  return inner.slice(0, k);
}

/**
 * 'told BBC Radio 4's Today programme: "…"': a colon introduces a direct quote, unless a reported clause
 * comes first ('said his integrity remained intact: "…"'), which is the report.
 */
export function colonClause(x: CueSite): Verdict {
  const { ctx, w, all, cls, cueEnd, from } = x;
  const { text, lex } = ctx;
  const colon = /^[^"“.]*:\s*["“]/.exec(text.slice(cueEnd, x.stop));
  if (!colon) return undefined;
  const colonAt = cueEnd + colon[0].indexOf(":");
  const inner = all.filter((y) => y.start >= cueEnd && y.end <= colonAt);
  const subject = subjectBefore(ctx, from, w.start);
  // "… but he added:", "…, insisting:": the colon belongs to a later cue.
  const last = inner[inner.length - 1];
  const later =
    inner.some((y) => lex.cues.has(y.lower) || lex.recipientCues.has(y.lower)) ||
    /\b(?:slogan|words|statement|message|headline)$/.test(text.slice(cueEnd, colonAt)) ||
    (last &&
      (lex.cues.has(last.lower) || lex.finite.has(last.lower) || /ing$/.test(last.lower) || /\p{Lu}/u.test(last.text)));
  // "Mr Clarke said the figures were good but added: "…"": the clause before the later cue is this cue's report.
  // (the first cue whose clause leaves a report before it: "said he recognised … but argued:", "claimed X was …
  // but his lawyer … told …")
  const cuesAt = inner.flatMap((y, k) => (lex.cues.has(y.lower) || lex.recipientCues.has(y.lower) ? [k] : []));
  let clauseEnd = colonAt;
  if (subject && cls === "speech" && cuesAt.length) {
    const own = cuesAt.map((k) => ownClause(inner, k)).find((o) => o.length >= 3 && isClause(ctx, o));
    if (!own) return null;
    clauseEnd = own[own.length - 1].end;
  } else if (!subject || cls !== "speech" || inner.length < 3 || later || !isClause(ctx, inner)) return null;
  const who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex, subject.appositive);
  const start = clauseAfter(ctx, inner, 0, cls);
  if (start === null) return null;
  return {
    cue: cueText(ctx, w.start, cueEnd, false),
    subject,
    who,
    clauseStart: start,
    clauseEnd,
    order: "before",
    rule: "speaker-cue-clause-colon",
  };
}
