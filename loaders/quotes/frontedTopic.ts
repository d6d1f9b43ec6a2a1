/**
 * Whether the mention `text[start, end)` is the object of a fronted "for" phrase (or "of", "on", "about")
 * set off right before `pronoun` ("For BT Retail, she said", "Of Hepburn, she said"): a topic, not the
 * pronoun's referent.
 */
export function frontedTopic(text: string, start: number, end: number, pronoun: number): boolean {
  return (
    /^,\s*$/.test(text.slice(end, pronoun)) &&
    /\b(?:for|of|on|about)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, start - 9), start))
  );
}
