import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";

const CREDIT_LABELS = lexiconSet("quotes/credit-labels");

const HEADING = /^(.*?\S)\s*([:—–]|(?<=\s)-)\s+(\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,2})$/u;

/**
 * Headings attributed by a dash or colon: `The ‘security situation is deteriorating’ — Sajjan` (the
 * quoted words are a direct quote) and `Canada to start negotiations …: Garneau` or `… - Blair` (an
 * indirect one).
 * The name must be a person the article names in full, or (after a spaced hyphen) an organisation.
 */
export function headingQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const { text } = ctx;
  const out: QuoteCandidate[] = [];
  for (const p of ctx.doc.paragraphs) {
    if (p.furniture || p.end - p.start > 200) continue;
    const line = text.slice(p.start, p.end);
    if (/[.!?]["”’]?$/.test(line)) continue;
    const m = HEADING.exec(line);
    // A spaced hyphen attributes only the headline ("Blunkett row should end - Blair").
    if (!m || (m[2] === "-" && p !== ctx.doc.paragraphs.find((x) => !x.furniture))) continue;
    // ("Obituary: Dame Alicia Markova", "Profile: Michael Howard": a one-word label before the name says nothing)
    if (!/\s/.test(m[1].trim())) continue;
    // ("… as admissions climb. Picture: Liam Cordner": a credit names who took the picture)
    if (CREDIT_LABELS.has(/(\p{L}+)$/u.exec(m[1])?.[1].toLowerCase() ?? "")) continue;
    const nameStart = p.start + m[0].length - m[3].length;
    const who = resolveSpeaker(text, nameStart, p.end, ctx.ents, ctx.lex);
    // ("Whitehall shredding increasing - Tories", "… - IMF": after a spaced hyphen an organisation speaks too)
    const organisation = who?.speaker_type === "organization" && m[2] === "-";
    if (!who || !(organisation || (who.speaker_type === "person" && who.speaker.includes(" ")))) continue;
    const partEnd = p.start + m[1].length;
    const quoted = ctx.spans.filter((q) => q.start >= p.start && q.end <= partEnd);
    const common = {
      ...who,
      role: who.role,
      cue: m[2],
      rule: quoted.length ? "heading-quote+dash" : m[2] === "-" ? "heading+dash" : "heading+colon",
    };
    if (quoted.length) {
      for (const q of quoted)
        out.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), kind: "direct", ...common });
    } else {
      out.push({ start: p.start, end: partEnd, text: text.slice(p.start, partEnd), kind: "indirect", ...common });
    }
  }
  return out;
}
