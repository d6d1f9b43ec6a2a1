import * as Plot from "npm:@observablehq/plot";
import { readerLink } from "./readerLink.js";
import { timeAxis } from "./timeAxis.js";

/** Articles by publication date (x) and outlet (y); each dot links to the article in the reader. */
export function articlesTimeline(articles, { width } = {}) {
  const dated = articles.filter((d) => d.published);
  return Plot.plot({
    width,
    height: Math.max(120, 40 * new Set(dated.map((d) => d.outlet ?? "unknown outlet")).size + 60),
    marginLeft: 140,
    x: timeAxis(
      dated.map((d) => new Date(d.published)),
      { label: "Published" },
    ),
    y: { label: null },
    r: { range: [3, 12], label: "Words" },
    marks: [
      Plot.ruleY(dated, { y: (d) => d.outlet ?? "unknown outlet", stroke: "#ddd" }),
      Plot.dot(dated, {
        x: (d) => new Date(d.published),
        y: (d) => d.outlet ?? "unknown outlet",
        r: "n_words",
        fill: "currentColor",
        fillOpacity: 0.6,
        href: (d) => readerLink(d.id),
        title: (d) => `${d.title ?? d.id}\n${d.outlet ?? "unknown outlet"} · ${d.published} · ${d.n_words} words`,
      }),
    ],
  });
}
