import { dateMentions, type DateMention } from "../dates/dateMentions.ts";
import { datelines } from "../dates/datelines.ts";
import { clauseTense } from "../dates/clauseTense.ts";
import { resolveMention } from "../dates/resolveMention.ts";
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

/** The article's own date (a metadata line, a wire dateline: `datelines`) is not an event. */
const dropDatelines: Refiner = ({ doc }, found) => {
  const own = datelines(doc);
  return found.filter(({ mention }) => !own.some((d) => d.start < mention.end && mention.start < d.end));
};

/** The same date span proposed twice (overlapping chrono results) is kept once. */
const dropOverlaps: Refiner = (_context, found) => {
  // Mentions come in text order: one overlaps an earlier one when it starts before the furthest end so far.
  let reach = -1;
  return found.filter(({ mention }) => {
    const keep = mention.start >= reach;
    reach = Math.max(reach, mention.end);
    return keep;
  });
};

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
  const bySentence = new Map<Sentence, DateMention[]>();
  for (const f of found) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f.mention]);
  for (const { sentence, mention } of found) {
    const others = (bySentence.get(sentence) ?? []).filter((m) => m !== mention);
    const clause = eventClause(doc.text, sentence, mention, others);
    const resolved = resolveMention(mention, published, clauseTense(doc.text, clause, mention, sentence));
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
