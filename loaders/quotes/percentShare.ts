/**
 * The source of a pattern for a percentage of people as written: "14%", "83 per cent", "Forty-four percent"
 * (a number in figures, or tens in words with an optional unit after a hyphen).
 */
export const PERCENT_SHARE =
  "(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\s*(?:%|per\\s*cent|percent)";
