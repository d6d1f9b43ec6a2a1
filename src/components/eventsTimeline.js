import * as Plot from "npm:@observablehq/plot";
import { readerLink } from "./readerLink.js";
import { timeAxis } from "./timeAxis.js";

/**
 * Dated events on a time axis, one row per article (labelled `article_label`), colored by outlet; a hollow dot marks
 * an event dated only to the month or year. The same happening reported by several articles (one `event_group`) is
 * joined by a grey line (class `event-group-link`) across their rows. Each dot links to the event's clause in the
 * reader.
 */
export function eventsTimeline(events, { width } = {}) {
  const labels = new Map(events.map((e) => [e.article_id, e.article_label]));
  const rows = [...labels.keys()].sort((a, b) => labels.get(a).localeCompare(labels.get(b)) || a.localeCompare(b));
  const groups = new Map();
  for (const e of events) (groups.get(e.event_group) ?? groups.set(e.event_group, []).get(e.event_group)).push(e);
  // One link between each pair of consecutive rows of a group, from its first event in one row to the next row's.
  const links = [...groups.values()].flatMap((members) => {
    const firsts = [...new Map(members.map((e) => [e.article_id, e])).values()].sort(
      (a, b) => rows.indexOf(a.article_id) - rows.indexOf(b.article_id),
    );
    return firsts.slice(1).map((e, i) => ({ from: firsts[i], to: e }));
  });
  const others = (e) => [
    ...new Set(
      groups
        .get(e.event_group)
        .filter((o) => o.article_id !== e.article_id)
        .map((o) => o.outlet_label),
    ),
  ];
  return Plot.plot({
    width,
    height: 34 * rows.length + 70,
    marginLeft: Math.min(300, 6.5 * Math.max(10, ...[...labels.values()].map((r) => r.length))),
    x: timeAxis(
      events.map((e) => new Date(e.date)),
      { label: "Event date" },
    ),
    y: { label: null, domain: rows, tickFormat: (id) => labels.get(id) },
    color: { legend: true, label: "Outlet" },
    marks: [
      Plot.ruleY(rows, { stroke: "#eee" }),
      Plot.link(links, {
        x1: (d) => new Date(d.from.date),
        y1: (d) => d.from.article_id,
        x2: (d) => new Date(d.to.date),
        y2: (d) => d.to.article_id,
        stroke: "#9498a0",
        strokeWidth: 3,
        strokeOpacity: 0.6,
        className: "event-group-link",
      }),
      Plot.dot(events, {
        x: (e) => new Date(e.date),
        y: "article_id",
        r: 5,
        stroke: "outlet_label",
        fill: "outlet_label",
        fillOpacity: (e) => (e.precision === "day" ? 1 : 0),
        strokeWidth: 2,
        href: (e) => readerLink(e.article_id, e),
        title: (e) => {
          const also = others(e);
          return `${e.date} (${e.date_text})\n${e.text}${also.length ? `\nAlso reported by: ${also.join(", ")}` : ""}`;
        },
      }),
    ],
  });
}
