import * as Plot from "npm:@observablehq/plot";
import { speakerTypes } from "./speakerTypes.js";
import { truncate } from "./truncate.js";

/** Quotes by the speaker's role (as the article states it), stacked by speaker type. */
export function quotesByRole(quotes, { width } = {}) {
  const roles = new Set(quotes.map((q) => q.role_label));
  return Plot.plot({
    width,
    height: 24 * roles.size + 50,
    marginLeft: 6.5 * Math.max(10, ...[...roles].map((d) => truncate(d).length)),
    x: { label: "Quotes", grid: true, tickFormat: (d) => (Number.isInteger(d) ? d : "") },
    y: { label: null, tickFormat: (d) => truncate(d) },
    color: speakerTypes,
    marks: [
      Plot.barX(
        quotes,
        Plot.groupY({ x: "count" }, { y: "role_label", fill: "speaker_kind", sort: { y: "-x" }, tip: true }),
      ),
      Plot.ruleX([0]),
    ],
  });
}
