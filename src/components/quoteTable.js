import * as Inputs from "npm:@observablehq/inputs";
import { html } from "npm:htl";
import { readerLink } from "./readerLink.js";

/** Quotes as a table; each quote links to the reader with its span highlighted. */
export function quoteTable(quotes, { width } = {}) {
  return Inputs.table(quotes, {
    columns: ["text", "speaker_label", "role_label", "speaker_kind", "outlet_label"],
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
    width: {
      text: Math.max(200, (width ?? 640) - 510),
      speaker_label: 130,
      role_label: 130,
      speaker_kind: 90,
      outlet_label: 100,
    },
    rows: 20,
  });
}
