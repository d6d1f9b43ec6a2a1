import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import type { Doc } from "../text/prepare.ts";
import type { Span } from "../types.ts";
import { dateMentions } from "./dateMentions.ts";

/** A date an article gives for itself: on a metadata line or in a wire dateline. */
export interface Dateline extends Span {
  /** Null for a wire dateline that leaves the year out (`OTTAWA, Aug. 12 (Reuters) -`). */
  year: number | null;
  month: number;
  day: number;
  /** The line up to the end of the date (`Published: 17 February 2005`). */
  text: string;
  /** From an update label (`Last updated …`): only when no publication date is given. */
  update: boolean;
}

/** A wire dateline's place before its date: a name in capitals and a region (`WASHINGTON, `, `KYIV, Ukraine, `). */
const WIRE = /^\s*\p{Lu}[\p{Lu} .'’-]{2,}(?:,\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)*)?,?\s*$/u;
/**
 * Time-of-day and time-zone words (lexicon `time-zones`) that may follow or precede a date on a metadata line (`10:30
 * AM ET`).
 */
const TIME_TAIL = new RegExp(
  `\\b\\d{1,2}(?:[:.]\\d\\d){1,2}\\s*(?:[ap]\\.?m\\.?)?|\\b(?:[ap]\\.?m\\.?|${lexicon("time-zones").join("|")})\\b`,
  "giu",
);
/** What a metadata line may add after its date: an update note or a reading time. */
const AFTER_DATE = /[|/·•]\s*(?:(?:last\s+)?(?:updated|modified)\b.*|\d+\s*min(?:ute)?s?\s+read\b.*)$/iu;
/** A numeric date on a labelled line (`Date: 17/02/2005`), which chrono's news configuration does not read. */
const NUMERIC = /(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)(?!\d)/u;

/**
 * The dates an article gives for itself, in text order: on a metadata line among its first five or last three
 * paragraphs, or in a wire dateline at the top. `date 2021-08-13`, `Published: 17 February 2005`, `Date: 17/02/2005`,
 * `By Jane Doe | Aug. 12, 2021`, a line that is only a date (`Thu, 17 Feb 2005 10:30:00 GMT`), `Updated: 4:15 PM EST
 * Jan 5, 2022` (a time before the date), `Mar 3, 2022 · 4 min read` (a reading time or an update note after the date),
 * `First published on Thu 12 Aug 2021` at the end (lexicon `dates/dateline-labels`; `dates/update-labels` marks
 * `Updated …`); `WASHINGTON, Aug. 12, 2021 (AP) —`, `OTTAWA, Aug. 12 (Reuters) -`. A date that opens a sentence (`Sept.
 * 11, 2001 changed everything`) is not a metadata line.
 */
export function datelines(doc: Doc): Dateline[] {
  const labels = lexicon("dates/dateline-labels").map((l) => l.toLowerCase());
  const updates = lexiconSet("dates/update-labels");
  const n = doc.paragraphs.length;
  const out: Dateline[] = [];
  // (at the top, or at the foot of the page or of the article's own text: "Posted 8 Jun 2022, updated 8 Jun 2022"
  // before a list of related stories)
  const foot = new Set(
    doc.paragraphs
      .filter((q) => !q.furniture)
      .slice(-3)
      .map((q) => q.index),
  );
  for (const p of doc.paragraphs.filter((q) => q.index < 5 || q.index >= n - 3 || foot.has(q.index))) {
    const found: Dateline[] = [];
    for (const m of dateMentions(doc.text, p)) {
      if (m.month === null || m.day === null || m.relative !== null) continue;
      const lead = doc.text.slice(p.start, m.core.start);
      const before = lead
        .replace(TIME_TAIL, "")
        .trim()
        .replace(/[\s:|·•,—–-]+$/u, "")
        .toLowerCase();
      const label = labels.find((l) => before === l || (before.length < 80 && before.endsWith(` ${l}`)));
      // (`/ 2:32 PM / Updated 2 hours ago`, `· 4 min read`: an update note or a reading time after the date)
      const rest = doc.text.slice(m.end, p.end).replace(TIME_TAIL, "").replace(AFTER_DATE, "");
      // A byline and a separator (`By Jane Doe |`), or nothing, before a date that is all the line says.
      const bare =
        (before === "" || (/^by\s/.test(before) && /[|·•—–-]\s*$/u.test(lead))) &&
        !/\p{L}{3,}/u.test(rest.replace(/\([^()]*\)/gu, ""));
      const wire = p.index < 5 && WIRE.test(lead) && /^[^.]{0,40}[—–-]/.test(doc.text.slice(m.end, p.end));
      if (((label || bare) && m.year !== null) || wire)
        found.push({
          start: m.start,
          end: m.end,
          year: m.year,
          month: m.month,
          day: m.day,
          text: doc.text.slice(p.start, m.end).trim(),
          update: !!label && updates.has(label),
        });
    }
    const numeric = found.length ? null : NUMERIC.exec(doc.text.slice(p.start, p.end));
    if (numeric) {
      const at = p.start + numeric.index;
      const before = doc.text.slice(p.start, at).trim().replace(/:$/, "").toLowerCase();
      const [a, b, year] = numeric.slice(1).map(Number);
      // Day and month by the number above 12 (or both the same, `03/03/2022`); `03/04/2005` is ambiguous and skipped.
      const [day, month] = a > 12 || a === b ? [a, b] : b > 12 ? [b, a] : [0, 0];
      if (labels.includes(before) && month >= 1 && month <= 12 && day >= 1 && day <= 31)
        found.push({
          start: at,
          end: at + numeric[0].length,
          year,
          month,
          day,
          text: doc.text.slice(p.start, at + numeric[0].length).trim(),
          update: updates.has(before),
        });
    }
    out.push(...found);
  }
  return out;
}
