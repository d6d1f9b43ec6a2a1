import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

/**
 * A claim's source sentences side by side, one card per figure, with the figure emphasised in its sentence and a
 * link to the reader. Text is inserted as text (htl interpolation), never parsed as HTML.
 */
export function claimSources({ claim, figures }, { width } = {}) {
  const columns = Math.max(1, Math.min(figures.length, Math.floor((width ?? 640) / 260)));
  return html`<div
    class="claim-sources"
    style=${{ display: "grid", gridTemplateColumns: `repeat(${columns}, minmax(0, 1fr))`, gap: "0.75rem", marginBottom: "1.5rem" }}
  >
    ${figures.map((f) => {
      const i = f.sentence.indexOf(f.text);
      const sentence =
        i < 0
          ? [f.sentence]
          : [f.sentence.slice(0, i), html`<mark>${f.text}</mark>`, f.sentence.slice(i + f.text.length)];
      return html`<div class="card" style=${{ margin: 0, borderLeft: claim.conflict ? "4px solid #e7040f" : null }}>
        <div class="muted" style="font-size: 0.85em">${f.outlet_label} · ${f.published ?? "undated"}</div>
        <p style="margin: 0.4rem 0">${sentence}</p>
        <a href=${readerLink(f.article_id, f)}>Read in context →</a>
      </div>`;
    })}
  </div>`;
}
