import { escapeRegExp } from "../lexicon/escapeRegExp.ts";

const SUBJECT = String.raw`((?:[\p{L}'’.&-]+\s+){0,5}?[\p{L}'’.&-]+)`;
const VERB = "(?:said|says|added|stated)";
// (or whatever the subject did in it, a verb in the past)
const DID = String.raw`(?:${VERB}|\p{Ll}{3,}ed)`;

/**
 * "In a statement, the club said …" (or "thanked", any verb in -ed), "the party said in a statement …": the span
 * of the subject that last spoke in a document with head noun `head`, introduced with "a", before `at` (within
 * 3,000 characters), whom "the statement" later refers to; null when none.
 */
export function issuedIn(text: string, head: string, at: number): { start: number; end: number } | null {
  const from = Math.max(0, at - 3000);
  const window = text.slice(from, at);
  const h = escapeRegExp(head);
  // (introduced with "a": "its statement" refers back to one, as "the statement" does)
  const document = String.raw`(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?${h}\b`;
  const forms = [
    // "In a statement, the club said"
    // ("In a statement released through police on Monday, Mr Whitlock's family thanked the searchers and said …": or
    // with whatever it did in it, a verb in the past)
    new RegExp(String.raw`\b[Ii]n\s+${document}[^,.;"“”]{0,60}?,\s+${SUBJECT}\s+${DID}\b`, "dgu"),
    // "the party said in a statement", opening a sentence or after a quotation's comma
    // ("Tasmania Police shared the news in a Facebook post": or whatever it did in it, in the past, and its object)
    new RegExp(
      String.raw`(?:^|[.!?]["”]?\s+|,["”]?\s+)${SUBJECT}\s+${DID}(?:\s+(?:the|its|their|his|her)\s+\p{Ll}+)?\s+in\s+${document}`,
      "dgu",
    ),
  ];
  let best: { start: number; end: number } | null = null;
  for (const re of forms)
    for (const m of window.matchAll(re)) {
      const span = m.indices?.[1];
      if (span && (!best || from + span[0] > best.start)) best = { start: from + span[0], end: from + span[1] };
    }
  return best;
}
