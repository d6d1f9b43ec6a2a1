/** A file's bytes decoded as UTF-8 text, or the reason they cannot be. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

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

// "Jos&#233; Manuel Barroso", "&#163;5m", "Marks &amp; Spencer": the characters HTML entities stand for (numeric,
// decimal or hexadecimal, and the named ones above); anything else that looks like one is left as written.
function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-z]{2,6}));/g, (whole, dec, hex, name) => {
    if (name) return NAMED[name] ?? whole;
    const code = dec ? Number(dec) : parseInt(hex, 16);
    return code > 31 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Decodes bytes as UTF-8, refusing empty, binary and non-UTF-8 content with a clear reason; line endings become "\n"
 * and HTML entities their characters.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: "empty file" };
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, problem: "binary file (contains NUL bytes), not text" };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, problem: "not valid UTF-8 text (re-encode the file as UTF-8)" };
  }
  text = decodeEntities(text.replace(/\r\n?/g, "\n"));
  if (text.trim() === "") return { ok: false, problem: "empty file (only whitespace)" };
  return { ok: true, text };
}
