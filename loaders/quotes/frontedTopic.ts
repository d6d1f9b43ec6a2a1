/**
 * Whether the mention `text[start, end)` is the object of a fronted "for" phrase set off right
 * before `pronoun` ("For BT Retail, she said"): a topic, not the pronoun's referent.
 */
export function frontedTopic(text: string, start: number, end: number, pronoun: number): boolean {
  return (
    /^,\s*$/.test(text.slice(end, pronoun)) && /\bfor\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 9), start))
  );
}
