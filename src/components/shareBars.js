import * as Plot from "npm:@observablehq/plot";
import { speakerTypes } from "./speakerTypes.js";
import { truncate } from "./truncate.js";

/**
 * Share of voice: one bar per group (`key(q)`, shown as `label(q)`), its length the group's share of all `quotes`,
 * stacked by speaker type (`speaker_kind`) and labelled with the group's number of quotes and share. The `limit`
 * largest groups are shown, largest first; shares stay shares of every quote, shown or not.
 */
export function shareBars(quotes, { width, key, label = key, limit = 25 } = {}) {
  const total = quotes.length;
  const groups = new Map();
  for (const q of quotes) {
    const k = key(q);
    const group = groups.get(k) ?? groups.set(k, { key: k, label: label(q), n: 0, kinds: new Map() }).get(k);
    group.n += 1;
    group.kinds.set(q.speaker_kind, (group.kinds.get(q.speaker_kind) ?? 0) + 1);
  }
  const top = [...groups.values()]
    .sort((a, b) => b.n - a.n || String(a.label).localeCompare(String(b.label)))
    .slice(0, limit);
  const labels = new Map(top.map((g) => [g.key, g.label]));
  const bars = top.flatMap((g) =>
    speakerTypes.domain
      .filter((kind) => g.kinds.has(kind))
      .map((kind) => ({ key: g.key, label: g.label, kind, n: g.kinds.get(kind), share: g.kinds.get(kind) / total })),
  );
  const percent = (x) => `${(100 * x).toLocaleString("en-US", { maximumFractionDigits: x < 0.1 ? 1 : 0 })}%`;
  return Plot.plot({
    width,
    height: 24 * top.length + 60,
    marginLeft: 6.5 * Math.max(10, ...top.map((g) => truncate(g.label).length)),
    marginRight: 110,
    x: { label: "Share of all quotes (%)", percent: true, grid: true },
    y: { label: null, domain: top.map((g) => g.key), tickFormat: (k) => truncate(labels.get(k)) },
    color: speakerTypes,
    marks: [
      Plot.barX(
        bars,
        Plot.stackX({
          x: "share",
          y: "key",
          fill: "kind",
          title: (d) => `${d.label}\n${d.kind}: ${d.n} of ${total} quotes (${percent(d.share)})`,
        }),
      ),
      Plot.text(top, {
        x: (g) => g.n / total,
        y: "key",
        text: (g) => `${percent(g.n / total)} · ${g.n} quote${g.n === 1 ? "" : "s"}`,
        textAnchor: "start",
        dx: 6,
      }),
      Plot.ruleX([0]),
    ],
  });
}
