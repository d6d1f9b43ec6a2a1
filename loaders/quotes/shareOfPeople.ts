import { PEOPLE_SHARE } from "./peopleShare.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

// "16%", "only 34 per cent", "another 7%", "nearly a quarter", "two thirds of those interviewed", "a majority of
// voters", "More than half (54%) of those asked"
// ("nearly half those surveyed": "half" takes its people without "of" too)
// ("one in eight respondents", "nine out of 10 readers": a count in so many takes its plural noun without "of")
const SHARE = new RegExp(
  `^${PEOPLE_SHARE}(?:\\s+(?:of|among)\\s+.+|(?<=half)\\s+(?:those|the)\\s+.+|(?<=\\s(?:in|of)\\s+\\S+)(?:\\s+[\\p{Ll}-]+){0,2}\\s+\\p{Ll}+s)?$`,
  "iu",
);

/**
 * "16% said", "nearly a quarter said", "83 percent of those interviewed said": a share of the people a survey asked is an unnamed source, described as written.
 */
export function shareOfPeople(ctx: SpeakerContext): Attribution | undefined {
  // ("16%": the sign is no word, so the phrase's words end before it)
  const sign = /^\d+(?:\.\d+)?$/.test(ctx.lastWord.text) && ctx.text[ctx.lastWord.end] === "%" ? "%" : "";
  const phrase = ctx.phrase + sign;
  return SHARE.test(phrase) ? ctx.unnamed(phrase) : undefined;
}
