import * as Plot from "npm:@observablehq/plot";
import { readerLink } from "./readerLink.js";
import { timeAxis } from "./timeAxis.js";

/**
 * Dated events on a time axis, one row per article (`article_label`), colored by outlet; a hollow dot marks an event
 * dated only to the month or year. Each dot links to the event's clause in the reader.
 */
export function eventsTimeline(events, { width } = {}) {
  const rows = new Set(events.map((e) => e.article_label));
  return Plot.plot({
    width,
    height: 34 * rows.size + 70,
    marginLeft: Math.min(300, 6.5 * Math.max(10, ...[...rows].map((r) => r.length))),
    x: timeAxis(
      events.map((e) => new Date(e.date)),
      { label: "Event date" },
    ),
    y: { label: null },
    color: { legend: true, label: "Outlet" },
    marks: [
      Plot.ruleY(rows, { stroke: "#eee" }),
      Plot.dot(events, {
        x: (e) => new Date(e.date),
        y: "article_label",
        r: 5,
        stroke: "outlet_label",
        fill: "outlet_label",
        fillOpacity: (e) => (e.precision === "day" ? 1 : 0),
        strokeWidth: 2,
        href: (e) => readerLink(e.article_id, e),
        title: (e) => `${e.date} (${e.date_text})\n${e.text}`,
      }),
    ],
  });
}
