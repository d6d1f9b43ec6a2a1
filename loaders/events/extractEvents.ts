import { dateMentions, type DateMention } from "../dates/dateMentions.ts";
import { clauseTense } from "../dates/clauseTense.ts";
import { resolveMention } from "../dates/resolveMention.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Doc, Sentence } from "../text/prepare.ts";
import type { EventCandidate } from "../types.ts";
import { eventClause } from "./eventClause.ts";

interface Context {
  doc: Doc;
  published: string | null;
}

interface Found {
  sentence: Sentence;
  mention: DateMention;
}

type Refiner = (context: Context, found: Found[]) => Found[];

/** A metadata label before a date at the start of its line (`date 2021-08-13 …`) makes it the article's own date. */
const dropDatelines: Refiner = ({ doc }, found) => {
  const labels = lexiconSet("dates/dateline-labels");
  return found.filter(({ sentence, mention }) => {
    const para = doc.paragraphs[sentence.paragraph];
    if (!para || mention.start - para.start > 40) return true;
    const before = doc.text.slice(para.start, mention.start).trim().replace(/:$/, "").toLowerCase();
    return !labels.has(before);
  });
};

/** The same date span proposed twice (overlapping chrono results) is kept once. */
const dropOverlaps: Refiner = (_context, found) =>
  found.filter(
    (f, i) => !found.some((g, j) => j < i && g.mention.start < f.mention.end && f.mention.start < g.mention.end),
  );

/** Refiners applied in order to the date mentions of an article, before they are resolved. */
const refiners: Refiner[] = [dropDatelines, dropOverlaps];

/**
 * Dated events, with relative dates resolved against `published` (ISO date or null): every date
 * expression chrono finds in the article's sentences (not its page furniture), resolved with the news
 * rules of `resolveMention`, with the clause it governs (`eventClause`) as the event text. Without a
 * publication date, only dates that carry their year give events.
 */
export function extractEvents(doc: Doc, published: string | null): EventCandidate[] {
  const context: Context = { doc, published };
  let found: Found[] = doc.sentences.flatMap((sentence) =>
    dateMentions(doc.text, sentence).map((mention) => ({ sentence, mention })),
  );
  for (const refine of refiners) found = refine(context, found);
  const out: EventCandidate[] = [];
  for (const { sentence, mention } of found) {
    const clause = eventClause(doc.text, sentence, mention);
    const resolved = resolveMention(mention, published, clauseTense(doc.text, clause, mention));
    if (!resolved) continue;
    out.push({
      start: clause.start,
      end: clause.end,
      text: doc.text.slice(clause.start, clause.end),
      date: resolved.date,
      precision: resolved.precision,
      date_text: mention.text,
      date_start: mention.start,
      date_end: mention.end,
      rule: resolved.rule,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.date_start - b.date_start);
}
