import { dataOwner } from "./dataOwner.ts";
import type { Phrase } from "./phrases.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { words } from "./words.ts";
import { isDocumentHead } from "./isDocumentHead.ts";

/** Whether a speaker phrase is headed by a document noun ("a report by the NAO") or data with an owner ("CML figures"). */
export function documentPhrase(ctx: QuoteContext, phrase: Phrase): boolean {
  const { text, lex, ents } = ctx;
  const ws = words(text, phrase.start, phrase.end);
  const owner = dataOwner(ws, { text, ents, lex, resolve: (from, to) => resolveSpeaker(text, from, to, ents, lex) });
  if (owner !== undefined) return owner !== null;
  return ws.some((w) => isDocumentHead(w.lower, lex));
}
