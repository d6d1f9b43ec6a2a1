import type { Tables } from "../types.ts";

/** The Arrow type of a column. */
export type ColumnType = "utf8" | "float64" | "int32" | "bool" | "list<utf8>" | "list<float64>";

type Columns<Row> = { [K in keyof Row]-?: ColumnType };

/** Every table's columns, in order, with their Arrow types. */
export const schemas: { [T in keyof Tables]: Columns<Tables[T][number]> } = {
  articles: {
    id: "utf8",
    path: "utf8",
    title: "utf8",
    outlet: "utf8",
    url: "utf8",
    published: "utf8",
    published_source: "utf8",
    n_words: "int32",
    status: "utf8",
    text: "utf8",
  },
  quotes: {
    quote_id: "utf8",
    article_id: "utf8",
    text: "utf8",
    kind: "utf8",
    speaker: "utf8",
    speaker_id: "utf8",
    speaker_type: "utf8",
    role: "utf8",
    cue: "utf8",
    start: "int32",
    end: "int32",
    speaker_start: "int32",
    speaker_end: "int32",
    quote_group: "utf8",
    rule: "utf8",
  },
  speakers: {
    speaker_id: "utf8",
    name: "utf8",
    speaker_type: "utf8",
    roles: "list<utf8>",
    n_quotes: "int32",
    n_articles: "int32",
    first_published: "utf8",
    last_published: "utf8",
  },
  figures: {
    figure_id: "utf8",
    article_id: "utf8",
    text: "utf8",
    value: "float64",
    value_high: "float64",
    unit: "utf8",
    category: "utf8",
    approx: "utf8",
    subject: "utf8",
    predicate: "utf8",
    claim_id: "utf8",
    start: "int32",
    end: "int32",
    sentence: "utf8",
    rule: "utf8",
  },
  events: {
    event_id: "utf8",
    article_id: "utf8",
    text: "utf8",
    date: "utf8",
    precision: "utf8",
    date_text: "utf8",
    start: "int32",
    end: "int32",
    date_start: "int32",
    date_end: "int32",
    event_group: "utf8",
    rule: "utf8",
  },
  claims: {
    claim_id: "utf8",
    label: "utf8",
    unit: "utf8",
    subject: "utf8",
    predicate: "utf8",
    n_figures: "int32",
    n_articles: "int32",
    min_value: "float64",
    max_value: "float64",
    conflict: "bool",
    figure_ids: "list<utf8>",
    values: "list<float64>",
    article_ids: "list<utf8>",
  },
};

/** The name of one output table (`articles`, `quotes`, …). */
export type TableName = keyof Tables;

/** The names of the tables presstrace writes, in the order it writes them. */
export const TABLE_NAMES = Object.keys(schemas) as TableName[];
