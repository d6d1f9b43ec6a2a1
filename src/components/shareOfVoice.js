import * as Plot from "npm:@observablehq/plot";
import { speakerTypes } from "./speakerTypes.js";
import { truncate } from "./truncate.js";

/**
 * Share of voice: for each group (`y`, e.g. outlet or article title), the fraction of its quotes given to each
 * speaker type; bars are normalized to 100% and labelled with the group's number of quotes. With `limit`, only the
 * `limit` groups with the most quotes are shown.
 */
export function shareOfVoice(allQuotes, { width, y = "outlet_label", label = null, limit = Infinity } = {}) {
  const counts = new Map();
  for (const q of allQuotes) counts.set(q[y], (counts.get(q[y]) ?? 0) + 1);
  const groups = new Set(
    [...counts]
      .sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])))
      .slice(0, limit)
      .map(([group]) => group),
  );
  const quotes = groups.size < counts.size ? allQuotes.filter((q) => groups.has(q[y])) : allQuotes;
  return Plot.plot({
    width,
    height: 28 * groups.size + 60,
    marginLeft: 6.5 * Math.max(10, ...[...groups].map((d) => truncate(d).length)),
    marginRight: 40,
    x: { label: "Share of quotes (%)", percent: true },
    y: { label, tickFormat: (d) => truncate(d) },
    color: speakerTypes,
    marks: [
      Plot.barX(quotes, Plot.groupY({ x: "count" }, { y, fill: "speaker_kind", offset: "normalize", tip: true })),
      Plot.text(quotes, Plot.groupY({ text: "count", x: () => 1 }, { y, textAnchor: "start", dx: 6 })),
      Plot.ruleX([0, 1]),
    ],
  });
}
