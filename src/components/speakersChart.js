import * as Plot from "npm:@observablehq/plot";
import { speakerTypes } from "./speakerTypes.js";
import { truncate } from "./truncate.js";

/**
 * Speakers by number of quotes (one bar each, longest first), colored by speaker type. `quotes` are quote rows
 * joined with their article (`speaker_label`, `speaker_kind` computed by the page); shows the `limit` most quoted.
 */
export function speakersChart(quotes, { width, limit = 25 } = {}) {
  const counts = new Map();
  for (const q of quotes) counts.set(q.speaker_label, (counts.get(q.speaker_label) ?? 0) + 1);
  const top = new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name]) => name),
  );
  const shown = quotes.filter((q) => top.has(q.speaker_label));
  return Plot.plot({
    width,
    height: 24 * top.size + 50,
    marginLeft: 6.5 * Math.max(10, ...[...top].map((d) => truncate(d).length)),
    x: { label: "Quotes", grid: true, tickFormat: (d) => (Number.isInteger(d) ? d : "") },
    y: { label: null, tickFormat: (d) => truncate(d) },
    color: speakerTypes,
    marks: [
      Plot.barX(
        shown,
        Plot.groupY({ x: "count" }, { y: "speaker_label", fill: "speaker_kind", sort: { y: "-x" }, tip: true }),
      ),
      Plot.ruleX([0]),
    ],
  });
}
