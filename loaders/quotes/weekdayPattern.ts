/** A weekday's name ("Monday" … "Sunday") as a regular-expression group, for the patterns of times around a cue. */
export const weekdayPattern = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
