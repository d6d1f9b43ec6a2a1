import type { ClauseContext } from "./clauseContext.ts";

/**
 * The end of the last other date of the sentence between the clause's `start` and this date, or -1
 * (`opened on Friday and will close on Saturday`: the clause starts after it). A possessive date
 * (`Tuesday's gig`) is part of the clause's subject and does not count.
 */
export function previousDate({ text, date, others }: ClauseContext, start: number): number {
  // `opened on Friday and will close on Saturday`: the clause starts after another date before this one.
  // A possessive date (`Tuesday's gig`) is part of the clause's subject.
  return Math.max(
    -1,
    ...others
      .filter((o) => o.start >= start && o.end <= date.start && !/^['’]s\b/u.test(text.slice(o.end, o.end + 3)))
      .map((o) => o.end),
  );
}
