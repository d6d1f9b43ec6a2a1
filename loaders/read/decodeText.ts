/** A file's bytes decoded as UTF-8 text, or the reason they cannot be. */
export type Decoded = { ok: true; text: string } | { ok: false; problem: string };

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8, refusing empty, binary and non-UTF-8 content with a clear reason. */
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
  text = text.replace(/\r\n?/g, "\n");
  if (text.trim() === "") return { ok: false, problem: "empty file (only whitespace)" };
  return { ok: true, text };
}
