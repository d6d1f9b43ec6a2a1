/** `s` cut to at most `n` characters, with an ellipsis when cut (for axis labels and table cells). */
export function truncate(s, n = 32) {
  const text = String(s ?? "");
  return text.length > n ? text.slice(0, n - 1) + "…" : text;
}
