import type { Doc } from "../text/prepare.ts";
import type { QuoteCandidate } from "../types.ts";
import { continueSpeaker } from "./continueSpeaker.ts";
import { directQuotes } from "./directQuotes.ts";
import { dropDuplicates } from "./dropDuplicates.ts";
import { headingQuotes } from "./headingQuotes.ts";
import { headlineSpeakers } from "./headlineSpeakers.ts";
import { nounReports } from "./nounReports.ts";
import { pronounSpeakers } from "./pronounSpeakers.ts";
import { reportedSpeech } from "./reportedSpeech.ts";
import { quoteContext, type QuoteContext } from "./quoteContext.ts";

type Parser = (ctx: QuoteContext) => QuoteCandidate[];
type Refiner = (ctx: QuoteContext, quotes: QuoteCandidate[]) => QuoteCandidate[];

// The configuration: parsers propose quotes, refiners (in order) merge, attribute and filter them.
const parsers: Parser[] = [headingQuotes, directQuotes, reportedSpeech, nounReports];
const refiners: Refiner[] = [dropDuplicates, pronounSpeakers, continueSpeaker, headlineSpeakers];

/** Quotes (direct, indirect, mixed) with their speakers, in text order. */
export function extractQuotes(doc: Doc): QuoteCandidate[] {
  const ctx = quoteContext(doc);
  let quotes = parsers.flatMap((parse) => parse(ctx));
  for (const refine of refiners) quotes = refine(ctx, quotes);
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}
