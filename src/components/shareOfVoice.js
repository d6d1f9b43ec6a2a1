import * as Plot from "npm:@observablehq/plot";
import { speakerTypes } from "./speakerTypes.js";
import { truncate } from "./truncate.js";

/**
 * Share of voice: for each group (`y`, e.g. outlet or article title), the fraction of its quotes given to each
 * speaker type; bars are normalized to 100% and labelled with the group's number of quotes.
 */
export function shareOfVoice(quotes, { width, y = "outlet_label", label = null } = {}) {
  const groups = new Set(quotes.map((q) => q[y]));
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
