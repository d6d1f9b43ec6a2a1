import { lexicon } from "../lexicon/lexicon.ts";

/** The cue words of lexicon `quotes/cues` ("said", "told", "according to" …) as a regular-expression alternation. */
export const cuePattern = lexicon("quotes/cues").join("|");
