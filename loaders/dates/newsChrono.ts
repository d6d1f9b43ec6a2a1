import * as chrono from "chrono-node";
import { holidayParser } from "./holidayParser.ts";
import { inTimeParser } from "./inTimeParser.ts";
import { laterParser } from "./laterParser.ts";
import { mayNounParser } from "./mayNounParser.ts";
import { mayParser } from "./mayParser.ts";
import { modifierYearParser } from "./modifierYearParser.ts";
import { objectYearParser } from "./objectYearParser.ts";
import { possessiveYearParser } from "./possessiveYearParser.ts";
import { quarterParser } from "./quarterParser.ts";
import { financialYearParser } from "./financialYearParser.ts";
import { seasonParser } from "./seasonParser.ts";
import { subjectYearParser } from "./subjectYearParser.ts";
import { weekendParser } from "./weekendParser.ts";
import { yearEndParser } from "./yearEndParser.ts";
import { monthEndParser } from "./monthEndParser.ts";
import { yearStartParser } from "./yearStartParser.ts";
import { newYearParser } from "./newYearParser.ts";
import { inTheYearParser } from "./inTheYearParser.ts";
import { weekPartParser } from "./weekPartParser.ts";
import { yearParser } from "./yearParser.ts";

/**
 * chrono's English parsers that propose durations, times of day or numbers rather than dates in news
 * prose: `for five years`, `20 years after`, `at 5 p.m.`, `9/11`, `end of the month`.
 */
const DROPPED = new Set([
  "SlashDateFormatParser",
  "ENSlashMonthFormatParser",
  "ENTimeUnitWithinFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeExpressionParser",
  "ENEndOfCurrentMonthParser",
]);

let instance: chrono.Chrono | undefined;

/**
 * The chrono configuration for news text: the casual English parsers and refiners, minus the parsers for durations and
 * times of day, plus parsers for bare years (after a preposition, as a sentence's subject or a verb's object, or
 * modifying a noun), dates counted from the previous happening (`a month later`), spans counted forward (`in two weeks'
 * time`), seasons, quarters of the year, the weekend, fixed-date holidays, the last financial year, the year's end
 * (`by year end`) and start (`since the start of the year`), the month's end (`by the end of the month`) and `May` in a
 * noun phrase (`the May election`) or after a word only a date follows (`since May`).
 */
export function newsChrono(): chrono.Chrono {
  if (instance) return instance;
  const config = chrono.en.configuration.createCasualConfiguration(false);
  config.parsers = [
    ...config.parsers.filter((p) => !DROPPED.has(p.constructor.name)),
    yearParser,
    subjectYearParser,
    modifierYearParser,
    possessiveYearParser,
    objectYearParser,
    laterParser,
    inTimeParser,
    seasonParser,
    quarterParser,
    weekendParser,
    holidayParser,
    yearEndParser,
    financialYearParser,
    monthEndParser,
    yearStartParser,
    newYearParser,
    inTheYearParser,
    weekPartParser,
    mayNounParser,
    mayParser,
  ];
  instance = new chrono.Chrono(config);
  return instance;
}
