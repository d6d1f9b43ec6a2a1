/** Calendar arithmetic on day numbers (days since 1970-01-01, UTC), the unit every date rule works in. */
export const days = {
  /** Day number of an ISO date (`YYYY-MM-DD`, or the first day of `YYYY-MM` / `YYYY`). */
  fromIso(iso: string): number {
    const [y, m = 1, d = 1] = iso.split("-").map(Number);
    return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
  },
  /** Day number of a calendar day (month 1–12). */
  of(year: number, month: number, day: number): number {
    return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
  },
  /** ISO `YYYY-MM-DD` of a day number. */
  iso(day: number): string {
    return new Date(day * 86_400_000).toISOString().slice(0, 10);
  },
  /** Weekday of a day number, 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
  },
  /** The Monday of the (Monday-first) week a day is in. */
  monday(day: number): number {
    return day - ((days.weekday(day) + 6) % 7);
  },
  /** Year, month (1–12) and day of a day number. */
  parts(day: number): { year: number; month: number; day: number } {
    const d = new Date(day * 86_400_000);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  },
  /** The most recent day with a weekday on or before `day`. */
  onOrBefore(day: number, weekday: number): number {
    return day - ((days.weekday(day) - weekday + 7) % 7);
  },
  /** The next day with a weekday on or after `day`. */
  onOrAfter(day: number, weekday: number): number {
    return day + ((weekday - days.weekday(day) + 7) % 7);
  },
};
