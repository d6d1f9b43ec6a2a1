import { taggedParser } from "./taggedParser.ts";

/**
 * A chrono parser for a span counted from the start of the current year (`since the start of the year`, `from
 * the beginning of this year`): read by `dateMentions` as January of this year, the span's first month.
 */
export const yearStartParser = taggedParser(
  /(?<![\p{L}\p{N}])(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year(?![\p{L}\p{N}])/iu,
  "presstrace/year-start",
);
