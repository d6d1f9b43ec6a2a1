import { isCapital } from "./capitalRuns.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "A spokesperson for Delta Airlines", "an official at the ministry", "the chief executive of a
 * leading car maker": an unnamed source.
 */
export function sourceOf(ctx: SpeakerContext): Attribution | undefined {
  const { lex, core, lowers } = ctx;
  const of = lowers.findIndex((w) => /^(?:for|of|at|from|with|in)$/.test(w));
  if (
    of > 1 &&
    !core.slice(1, of).some((w) => isCapital(w)) &&
    ((/^(?:a|an|one)$/.test(lowers[0]) && lowers.slice(1, of).some((w) => lex.anonymousHeads.has(w))) ||
      (lowers[0] === "the" &&
        /^(?:a|an|one)$/.test(lowers[of + 1] ?? "") &&
        lowers.slice(1, of).some((w) => lex.titles.has(w))))
  )
    return ctx.unnamed(ctx.description);
  return undefined;
}
