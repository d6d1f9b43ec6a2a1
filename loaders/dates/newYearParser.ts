import { taggedParser } from "./taggedParser.ts";

const NEW_YEAR = String.raw`the\s+[Nn]ew\s+[Yy]ear`;

/**
 * A chrono parser for `the New Year` as a time (`in the New Year`, `early in the new year`): the coming
 * year, read by `dateMentions` as next year. Not `New Year's Day` (a holiday) nor `the New Year Honours`,
 * `the New Year Sprint`, `the New Year period` (a name, or a noun it modifies), and only after a preposition of
 * time or before `will`: not `their first meeting of the new year`, `the new year had started` (the year now begun).
 */
export const newYearParser = taggedParser(
  new RegExp(
    String.raw`(?:(?<=(?:^|[^\p{L}\p{N}])(?:in|from|until|till|into|by)\s+)${NEW_YEAR}|(?<![\p{L}\p{N}])${NEW_YEAR}(?=\s+will\b))` +
      String.raw`(?![\p{L}\p{N}'’-]|\s+(?:\p{Lu}|honours\b|holiday|period\b))`,
    "u",
  ),
  "presstrace/new-year",
);
