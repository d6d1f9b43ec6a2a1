import * as Inputs from "npm:@observablehq/inputs";
import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

const COLUMNS = ["text", "speaker_label", "role_label", "speaker_kind", "outlet_label"];
const WIDTHS = { speaker_label: 120, role_label: 120, speaker_kind: 80, outlet_label: 105 };

/**
 * Quotes as a table; each quote links to the reader with its span highlighted. `columns` picks which of quote,
 * speaker, role, type and outlet to show (all by default); the quote takes the width the others leave.
 */
export function quoteTable(quotes, { width, columns = COLUMNS } = {}) {
  const rest = columns.filter((c) => c !== "text").reduce((sum, c) => sum + (WIDTHS[c] ?? 100), 0);
  return Inputs.table(quotes, {
    columns,
    header: {
      text: "Quote",
      speaker_label: "Speaker",
      role_label: "Role",
      speaker_kind: "Type",
      outlet_label: "Outlet",
    },
    format: {
      text: (text, i, data) => html`<a href=${readerLink(data[i].article_id, data[i])} title=${text}>${text}</a>`,
    },
    width: { ...WIDTHS, text: Math.max(180, (width ?? 640) - rest - 80) },
    rows: 20,
  });
}
