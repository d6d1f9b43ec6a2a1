import type { QuoteCandidate } from "../types.ts";
import type { QuoteContext } from "./quoteContext.ts";

const FEMALE =
  /\b(?:she|spokeswoman|chairwoman|woman|wife|mother|daughter|sister|actress|queen|princess|lady|mrs|ms|miss)\b/i;
const MALE = /\b(?:he|spokesman|chairman|man|husband|father|son|brother|actor|king|prince|lord|sir|mr)\b/i;

function gender(ctx: QuoteContext, q: QuoteCandidate): string {
  if (q.speaker_type === "person" && q.speaker) {
    const g = ctx.ents.fullName(q.speaker.split(" ")).gender;
    if (g) return g;
  }
  const words = `${q.speaker ?? ""} ${q.role ?? ""}`;
  return FEMALE.test(words) ? "f" : MALE.test(words) ? "m" : "";
}

/**
 * Refiner: a pronoun speaker ("he said", "she added", "it said") refers to the most recent speaker
 * of a compatible kind and gender, unless a person or organisation that starts a clause has been
 * named since that quote (then the pronoun keeps the nearer mention).
 */
export function pronounSpeakers(ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const { text, lex } = ctx;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const paraOf = (pos: number) => ctx.sentenceAt(pos)?.paragraph ?? -1;
  return sorted.map((q, k) => {
    if (q.speaker_start === null || q.speaker_end === null) return q;
    const pronoun = lex.pronouns.get(text.slice(q.speaker_start, q.speaker_end).toLowerCase());
    if (!pronoun) return q;
    if (pronoun.kind === "plural" && text.slice(q.speaker_start, q.speaker_end).toLowerCase() !== "they") return q;
    const compatible = (p: QuoteCandidate) => {
      if (pronoun.kind === "organization") return p.speaker_type === "organization";
      if (pronoun.kind !== "person") return p.speaker_type !== "person";
      if (p.speaker_type === "organization") return false;
      // "Police", "Analysts" are not "he" or "she".
      if (p.speaker_type === "anonymous" && !/^(?:a|an|the|one)\s.*[^s]$/i.test(p.speaker ?? "")) return false;
      const g = gender(ctx, p);
      return !pronoun.gender || !g || g === pronoun.gender;
    };
    // The most recent compatible speaker, looking back over at most three speakers and two paragraphs.
    let prev: QuoteCandidate | undefined;
    const seen = new Set<string>();
    for (let j = k - 1; j >= 0 && seen.size < 3; j--) {
      const p = sorted[j];
      if (!p.speaker || p.speaker_start === null || p.speaker_start >= q.speaker_start) continue;
      if (lex.pronouns.has(p.speaker.toLowerCase())) continue;
      if (paraOf(q.speaker_start) - paraOf(p.start) > 2) break;
      seen.add(p.speaker);
      if (compatible(p)) {
        prev = p;
        break;
      }
    }
    // A pronoun that found no antecedent is left for `continueSpeaker` (or dropped).
    const unresolved = q.speaker !== null && lex.pronouns.has(q.speaker.toLowerCase());
    const fallback = q;
    if (!prev || prev.speaker === q.speaker) return fallback;
    // Someone named as a subject after the previous speaker's quote is the nearer antecedent.
    const since = Math.max(prev.end, prev.speaker_end ?? prev.end);
    const nearer = ctx.ents.mentions.some(
      (m) =>
        m.start > since &&
        m.start < q.speaker_start! &&
        m.subject &&
        (pronoun.kind === "person" ? m.kind === "person" && m.named : m.kind === "organization"),
    );
    if (nearer && !unresolved) return q;
    return { ...q, speaker: prev.speaker, speaker_type: prev.speaker_type, role: prev.role, rule: `${q.rule}+pronoun` };
  });
}
