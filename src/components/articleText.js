/**
 * An article's text with its spans highlighted. `spans` are `{start, end, kind, label}` (kind: quote, speaker,
 * figure or event); overlapping spans are handled by splitting the text at every span boundary, so each piece is one
 * `<span class="hl">` carrying the classes of every span covering it (`hl-quote hl-figure` …) and their labels as its
 * title. `focus` (`{start, end}`) marks pieces inside it with `focus`; the first has id `focus` for scrolling.
 * The text is untrusted: it only ever becomes text nodes.
 */
export function articleText({ text, spans }, { focus } = {}) {
  const root = document.createElement("div");
  root.className = "article-text";
  const all = spans
    .filter((s) => s.end > s.start && s.start < text.length)
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }));
  if (focus && focus.end > focus.start) all.push({ start: focus.start, end: focus.end, kind: "focus", label: null });
  const cuts = new Set([0, text.length]);
  for (const s of all) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active list; those ending at or before a piece's start leave it.
  const byStart = [...all].sort((a, b) => a.start - b.start);
  let next = 0;
  let active = [];
  let focused = false;
  for (let i = 0; i + 1 < points.length; ++i) {
    const [from, to] = [points[i], points[i + 1]];
    while (next < byStart.length && byStart[next].start <= from) active.push(byStart[next++]);
    active = active.filter((s) => s.end > from);
    const piece = document.createTextNode(text.slice(from, to));
    if (!active.length) {
      root.append(piece);
      continue;
    }
    const span = document.createElement("span");
    const kinds = [...new Set(active.map((s) => s.kind))].sort((a, b) => order(a) - order(b));
    span.className = ["hl", ...kinds.map((k) => (k === "focus" ? "focus" : `hl-${k}`))].join(" ");
    const labels = active.map((s) => s.label).filter(Boolean);
    if (labels.length) span.title = [...new Set(labels)].join("\n");
    if (kinds.includes("focus") && !focused) {
      span.id = "focus";
      focused = true;
    }
    span.append(piece);
    root.append(span);
  }
  return root;
}

const KINDS = ["quote", "speaker", "figure", "event", "date"];

/** Classes in a fixed order whatever the spans' order; unknown kinds after known ones, focus last. */
function order(kind) {
  const i = KINDS.indexOf(kind);
  return kind === "focus" ? KINDS.length + 1 : i < 0 ? KINDS.length : i;
}
