import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";
import { truncate } from "./truncate.js";

/**
 * Quote reuse: the quotes whose `quote_group` has members in more than one article (wire copy, syndication), most
 * widely run first, as a table of the quote, its speaker and every article that ran it (outlet, date, title), each
 * linked to the reader at that article's copy of the quote. When no quote is shared, a note saying so. `quotes` are
 * quote rows joined with their article (`published`, `outlet_label`, `title`); at most `limit` quotes are listed.
 */
export function quoteReuse(quotes, { width, limit = 100 } = {}) {
  const groups = new Map();
  for (const q of quotes) {
    const list = groups.get(q.quote_group) ?? groups.set(q.quote_group, []).get(q.quote_group);
    list.push(q);
  }
  const byDate = (a, b) =>
    (a.published ?? "\uffff").localeCompare(b.published ?? "\uffff") ||
    a.article_id.localeCompare(b.article_id) ||
    a.start - b.start;
  const reused = [...groups.values()]
    .map((members) => ({ members: members.sort(byDate), n: new Set(members.map((q) => q.article_id)).size }))
    .filter((g) => g.n > 1)
    .sort((a, b) => b.n - a.n || byDate(a.members[0], b.members[0]));
  if (!reused.length) return html`<p class="muted quote-reuse-none">No quote appears in more than one article.</p>`;
  const shown = reused.slice(0, limit);
  return html`<div style=${{ maxWidth: `${width ?? 640}px`, maxHeight: "640px", overflowY: "auto" }}>
    <table class="quote-reuse" style="max-width: none; width: 100%">
      <thead>
        <tr>
          <th style="width: 42%">Quote</th>
          <th style="width: 18%">Speaker</th>
          <th style="width: 40%">Ran in</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          ({ members, n }) =>
            html`<tr style="vertical-align: top">
              <td>“${members[0].text}”</td>
              <td>${[...new Set(members.map((q) => q.speaker_label))].join(" / ")}</td>
              <td>
                <span class="muted">${n} articles</span>
                <ul style="margin: 0; padding-left: 1rem">
                  ${members.map(
                    (q) =>
                      html`<li>
                        <a href=${readerLink(q.article_id, q)} title=${q.title ?? q.article_id}
                          >${q.outlet_label} · ${q.published ?? "undated"} · ${truncate(q.title ?? q.article_id, 60)}</a
                        >
                      </li>`,
                  )}
                </ul>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${
      reused.length > shown.length
        ? html`<p class="muted">Showing the ${limit} most widely run of ${reused.length} shared quotes.</p>`
        : ""
    }
  </div>`;
}
