const DAY = 864e5;

/**
 * Options for a Plot time scale over `dates` (Date objects): a domain padded on both sides, with day or week ticks
 * for spans of a few weeks (so a few days never show as hours) and Plot's own ticks for longer spans.
 */
export function timeAxis(dates, { label = null } = {}) {
  const times = dates.map((d) => +d).filter(Number.isFinite);
  if (!times.length) return { type: "utc", label };
  const lo = Math.min(...times);
  const hi = Math.max(...times);
  const span = (hi - lo) / DAY;
  const pad = Math.max(2 * DAY, (hi - lo) * 0.04);
  const ticks =
    span <= 10 ? { ticks: "day", tickFormat: "%b %-d" } : span <= 60 ? { ticks: "week", tickFormat: "%b %-d" } : {};
  return { type: "utc", label, domain: [new Date(lo - pad), new Date(hi + pad)], grid: true, ...ticks };
}
