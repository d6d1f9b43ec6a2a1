import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";
import { truncate } from "./truncate.js";

/**
 * Events merged by `event_group`, in date order: one row per happening with its date and, one line per source, the
 * clause as that article words it (linked to the reader at the clause), its outlet and article. `events` are event
 * rows joined with their article (`outlet_label`, `article_label`, `published`); at most `limit` rows are listed.
 */
export function eventGroupTable(events, { width, limit = 300 } = {}) {
  const groups = new Map();
  for (const e of events) (groups.get(e.event_group) ?? groups.set(e.event_group, []).get(e.event_group)).push(e);
  const rows = [...groups.values()]
    .map((members) => {
      members.sort(
        (a, b) =>
          (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") ||
          a.article_id.localeCompare(b.article_id) ||
          a.start - b.start,
      );
      const date = members.map((e) => e.date).sort()[0];
      return { members, date, n: new Set(members.map((e) => e.article_id)).size };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || b.n - a.n || a.members[0].text.localeCompare(b.members[0].text));
  const shown = rows.slice(0, limit);
  return html`<div style=${{ maxWidth: `${width ?? 640}px`, maxHeight: "720px", overflowY: "auto" }}>
    <table class="event-groups" style="max-width: none; width: 100%">
      <thead style="position: sticky; top: 0; background: var(--theme-background)">
        <tr>
          <th style="width: 7em">Date</th>
          <th>What happened, as each article words it</th>
          <th style="width: 6em">Articles</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          ({ members, date, n }) =>
            html`<tr class=${n > 1 ? "event-group-multi" : "event-group-single"} style="vertical-align: top">
              <td>${date}</td>
              <td>
                ${members.map(
                  (e) =>
                    html`<div class="event-source">
                      <a href=${readerLink(e.article_id, e)}>${e.text}</a>
                      <span class="muted" style="font-size: 0.85em" title=${e.title ?? e.article_label}
                        >— “${e.date_text}”, ${e.outlet_label} · ${truncate(e.article_label, 40)}</span
                      >
                    </div>`,
                )}
              </td>
              <td>${n > 1 ? html`<strong>${n}</strong>` : n}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length > shown.length ? html`<p class="muted">Showing the first ${limit} of ${rows.length} happenings.</p>` : ""}
  </div>`;
}
