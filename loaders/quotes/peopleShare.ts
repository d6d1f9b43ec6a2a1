/**
 * The source of a pattern for a share of people as written, with up to two quantifiers before it and a figure
 * set off after it: "14%", "83 per cent", "Forty-four percent", "nearly a quarter", "just under three-quarters",
 * "a total of 53%", "Nearly two thirds - 65% -", "More than half (54%)", "the remaining 33%", "one in four".
 */
export const PEOPLE_SHARE =
  "(?:(?:nearly|almost|only|just|about|around|some|roughly|over|under|more\\s+than|less\\s+than|fewer\\s+than|another|a\\s+further|a\\s+total\\s+of|the\\s+remaining|the\\s+other)\\s+){0,2}" +
  "(?:(?:\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\s*(?:%|per\\s*cent|percent)" +
  "|(?:a|one|two|three|four)[\\s-](?:quarters?|thirds?|fifths?|tenths?)|half|a\\s+majority|the\\s+majority|a\\s+minority" +
  // ("one in four", "nine out of 10")
  "|(?:one|two|three|four|five|six|seven|eight|nine|\\d+)\\s+(?:in|out\\s+of)\\s+(?:two|three|four|five|six|seven|eight|nine|ten|\\d+))" +
  "(?:\\s*\\([^()]{1,12}\\)|\\s+[-–—]\\s+[^-–—]{1,12}\\s+[-–—])?";
