import { taggedParser } from "./taggedParser.ts";

/**
 * A chrono parser for the financial year before the current one (`in the last financial year`, `the previous fiscal
 * year`), which is over: read by `dateMentions` as the calendar year before the year of publication. Not one whose
 * months follow (`the last financial year to March 2005`): those say when it was. (The current or next one, `this
 * financial year`, frames plans and forecasts, not happenings.)
 */
export const financialYearParser = taggedParser(
  /(?<![\p{L}\p{N}])(?:the\s+)?(?:last|previous)\s+(?:financial|fiscal)\s+year(?![\p{L}\p{N}-]|\s+(?:to|ending|ended|starting|beginning|from|which|that)\b)/iu,
  "presstrace/financial-year",
);
