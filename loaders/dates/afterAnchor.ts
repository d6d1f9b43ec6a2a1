import type { DatePrecision } from "../types.ts";
import type { RelativeUnit } from "./dateMentions.ts";
import { days } from "./days.ts";
import type { ResolvedDate } from "./resolveMention.ts";

const RANK: Record<DatePrecision, number> = { year: 0, month: 1, day: 2 };
const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Resolves a date counted from the previous dated happening (`a month later`, `two days later`, `the
 * following year`, `later that year`: `offset` units after `anchor`), with the coarser of the anchor's
 * and the unit's precision (`in 2001 … a month later` is 2001). Null without an anchor or for seasons.
 */
export function afterAnchor(anchor: ResolvedDate | null, unit: RelativeUnit, offset: number): ResolvedDate | null {
  if (!anchor || unit === "season") return null;
  const own: DatePrecision = unit === "year" ? "year" : unit === "month" ? "month" : "day";
  const precision = RANK[own] < RANK[anchor.precision] ? own : anchor.precision;
  const { year, month, day } = days.parts(days.fromIso(anchor.date));
  const rule = "after-previous";
  if (unit === "year") {
    const y = year + offset;
    if (precision === "year") return { date: String(y), precision, rule };
    return precision === "month"
      ? { date: `${y}-${pad(month)}`, precision, rule }
      : { date: days.iso(days.of(y, month, day)), precision, rule };
  }
  if (unit === "month") {
    // From a year, whole years only (`in 2002 … 12 months later` is 2003).
    if (precision === "year") return { date: String(year + Math.floor(offset / 12)), precision, rule };
    const index = year * 12 + month - 1 + offset;
    const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
    return precision === "month"
      ? { date: `${y}-${pad(m)}`, precision, rule }
      : { date: days.iso(days.of(y, m, day)), precision, rule };
  }
  if (precision !== "day") return { ...anchor, rule };
  return { date: days.iso(days.fromIso(anchor.date) + offset * (unit === "week" ? 7 : 1)), precision, rule };
}
