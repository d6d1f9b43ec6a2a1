import type { Mention } from "./entities.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import { words } from "./words.ts";

/**
 * Whether the mention `x` opens the sentence after the phrase, with no cue before it: the one an indefinite
 * description in the sentence before introduces ("A US researcher has suggested … . Ravi Purushotma believes …").
 */
export function opensNextSentence(ctx: SpeakerContext, x: Mention): boolean {
  const { text, lex, e } = ctx;
  const after = /[.!?]["”’]?\s+/.exec(text.slice(e));
  const nextStart = after ? e + after.index + after[0].length : -1;
  return (
    nextStart >= 0 &&
    x.start >= nextStart &&
    !/[.!?]/.test(text.slice(nextStart, x.start)) &&
    !words(text, nextStart, x.start).some((w) => lex.cues.has(w.lower))
  );
}
