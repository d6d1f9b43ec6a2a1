import { lexiconSet } from "../lexicon/lexicon.ts";
import { namedWithWords } from "./namedWithWords.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

const GOVERNMENT_PLACES = lexiconSet("quotes/government-places");

/**
 * "the province said", "The district has said": a place's government speaking (lexicon
 * `quotes/government-places`), the organisation the article named with that word ("the City of Hamilton",
 * "Treasure Valley Unified School District"), else the description itself.
 */
export function placeGovernment(ctx: SpeakerContext): Attribution | undefined {
  const { ents, lowers, s } = ctx;
  if (!(lowers.length === 2 && lowers[0] === "the" && GOVERNMENT_PLACES.has(lowers[1]))) return undefined;
  return ctx.at(namedWithWords(ents.mentions, s, [lowers[1]])?.name ?? ctx.phrase, "organization");
}
