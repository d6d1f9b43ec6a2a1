import * as Plot from "npm:@observablehq/plot";
import { readerLink } from "./readerLink.js";
import { truncate } from "./truncate.js";

/**
 * One claim's figures by article, articles in publication order (undated ones last): one dot per figure at the value
 * it gives, colored by value, a vertical bar for a range (`value`–`value_high`). When the claim is in conflict,
 * dashed red lines (class `conflict`) mark the lowest and highest value reported.
 * `data` is `{claim, figures}`; figures carry `published`, `outlet_label`, `value`, `value_high`, `text`, `sentence`.
 */
export function claimChart({ claim, figures }, { width } = {}) {
  const column = (f) => `${f.published ?? "undated"}\n${truncate(f.outlet_label, 20)}\n${f.article_id}`;
  const columns = [...new Set([...figures].sort(byPublished).map(column))];
  const values = figures.flatMap((f) => (f.value_high == null ? [f.value] : [f.value, f.value_high]));
  return Plot.plot({
    width,
    height: 200,
    marginLeft: 70,
    marginRight: 30,
    marginTop: 30,
    marginBottom: 45,
    x: { type: "point", domain: columns, label: null, padding: 0.6, tickFormat: (d) => d.split("\n", 2).join("\n") },
    y: { label: claim.unit ?? "value", grid: true, nice: true, domain: paddedDomain(values), tickFormat: "~s" },
    color: { type: "categorical" },
    marks: [
      claim.conflict
        ? Plot.ruleY([claim.min_value, claim.max_value], {
            stroke: "#e7040f",
            strokeDasharray: "4,3",
            className: "conflict",
          })
        : null,
      Plot.ruleX(
        figures.filter((f) => f.value_high != null),
        { x: column, y1: "value", y2: "value_high", strokeWidth: 3 },
      ),
      Plot.dot(figures, {
        x: column,
        y: "value",
        r: 6,
        fill: (f) => String(f.value),
        stroke: "white",
        href: (f) => readerLink(f.article_id, f),
        title: (f) => `${f.text} — ${f.outlet_label}, ${f.published ?? "undated"}\n${f.sentence}`,
      }),
      Plot.text(figures, { x: column, y: "value", text: "text", dy: -14, fontSize: 11 }),
    ],
  });
}

function byPublished(a, b) {
  return (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") || a.article_id.localeCompare(b.article_id);
}

function paddedDomain(values) {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo || Math.abs(hi) || 1) * 0.25;
  return [Math.max(0, lo - pad), hi + pad];
}
