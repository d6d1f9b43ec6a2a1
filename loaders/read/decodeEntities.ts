// Named HTML entities a page's text keeps when it is saved as plain text ("&amp;", "&pound;", "&rsquo;").
const NAMED: Record<string, string> = {
  amp: "&",
  quot: '"',
  apos: "'",
  lt: "<",
  gt: ">",
  nbsp: "\u00a0",
  pound: "£",
  euro: "€",
  yen: "¥",
  cent: "¢",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  ndash: "–",
  mdash: "—",
  hellip: "…",
};

/**
 * An article's text with the characters its HTML entities stand for ("Jos&#233; Manuel Barroso", "&#163;5m", "Marks
 * &amp; Spencer"): numeric ones, decimal or hexadecimal, and the named ones above; anything else that looks like one
 * is left as written.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]{2,6}));/g, (whole, dec, hex, name) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 31 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
