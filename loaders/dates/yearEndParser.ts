import { taggedParser } from "./taggedParser.ts";

/**
 * A chrono parser for a deadline at the end of the current year (`by year end`, `by the end of the year`, `before the
 * end of this year`, `until the end of the year`): read by `dateMentions` as December of this year.
 */
export const yearEndParser = taggedParser(
  /(?<![\p{L}\p{N}])(?:by|before|until|till)\s+(?:(?:the\s+)?year[\s-]end|the\s+end\s+of\s+(?:the|this)\s+year)(?![\p{L}\p{N}])/iu,
  "presstrace/year-end",
);
