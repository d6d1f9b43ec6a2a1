import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

// "one of the world's leading credit rating agencies", "one of his aides", "two of the bidders": a number of a
// group named by a plural noun.
const MEMBER =
  /^(?:one|two|three|four|five|another|several|some|many|most)\s+of\s+(?:the|his|her|its|their|our|these|those)\s+(?:[\p{L}'’-]+\s+){0,5}\p{Ll}+s$/iu;

/**
 * "…, one of the world's leading credit rating agencies says": some of a group the article does not name is an
 * unnamed source, described as written.
 */
export function memberOfGroup(ctx: SpeakerContext): Attribution | undefined {
  return MEMBER.test(ctx.phrase) ? ctx.unnamed(ctx.phrase) : undefined;
}
