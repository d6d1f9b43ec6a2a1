import * as Plot from "npm:@observablehq/plot";
import { readerLink } from "./readerLink.js";
import { timeAxis } from "./timeAxis.js";

const KINDS = { domain: ["direct", "indirect", "mixed"], range: ["#4269d0", "#efb118", "#a463f2"], legend: true };

/**
 * One speaker's quotes over time: one dot per quote at its article's publication date (`published`), the quotes of
 * a day stacked upwards in article and text order, colored by kind (direct, indirect, mixed). Each dot links to the
 * reader at the quote's span. The chart has class `speaker-quotes-chart`. Quotes from undated articles are left out (the page says how many).
 */
export function speakerQuotesChart(quotes, { width } = {}) {
  const dated = quotes
    .filter((q) => q.published)
    .sort(
      (a, b) => a.published.localeCompare(b.published) || a.article_id.localeCompare(b.article_id) || a.start - b.start,
    );
  const perDay = new Map();
  const rows = dated.map((q) => {
    const k = (perDay.get(q.published) ?? 0) + 1;
    perDay.set(q.published, k);
    return { ...q, date: new Date(q.published), k };
  });
  const most = Math.max(1, ...perDay.values());
  const height = Math.min(420, Math.max(160, 16 * most + 70));
  const r = Math.max(2.5, Math.min(6, (height - 70) / most / 2 - 0.5));
  const chart = Plot.plot({
    width,
    height,
    marginTop: 20,
    x: timeAxis(
      rows.map((q) => q.date),
      { label: "Published" },
    ),
    y: { label: "Quotes that day", domain: [0, most + 0.5], ticks: Math.min(most, 6), tickFormat: "d" },
    color: KINDS,
    marks: [
      Plot.ruleY([0]),
      Plot.dot(rows, {
        x: "date",
        y: "k",
        r,
        fill: "kind",
        stroke: "white",
        href: (q) => readerLink(q.article_id, q),
        title: (q) => `${q.published} · ${q.outlet_label} · ${q.article_label}\n${q.kind} quote: ${q.text}`,
      }),
    ],
  });
  chart.classList.add("speaker-quotes-chart");
  return chart;
}
