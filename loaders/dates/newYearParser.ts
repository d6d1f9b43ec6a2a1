import { taggedParser } from "./taggedParser.ts";

/**
 * A chrono parser for `the New Year` as a time (`in the New Year`, `early in the New Year`): the coming
 * year, read by `dateMentions` as next year. Not `New Year's Day` (a holiday) nor `the New Year Honours`,
 * `the New Year Sprint`, `the New Year period` (a name, or a noun it modifies).
 */
export const newYearParser = taggedParser(
  /(?<![\p{L}\p{N}])the\s+New\s+Year(?![\p{L}\p{N}'’-]|\s+(?:\p{Lu}|honours\b|holiday|period\b))/u,
  "presstrace/new-year",
);
