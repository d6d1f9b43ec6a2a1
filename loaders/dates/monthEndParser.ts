import { taggedParser } from "./taggedParser.ts";

/**
 * A chrono parser for a deadline at the end of the current month (`by the end of the month`, `before the end of this
 * month`, `until the end of the month`): read by `dateMentions` as this month.
 */
export const monthEndParser = taggedParser(
  /(?<![\p{L}\p{N}])(?:by|before|until|till)\s+the\s+end\s+of\s+(?:the|this)\s+month(?![\p{L}\p{N}])/iu,
  "presstrace/month-end",
);
