import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "a defence source", "a Department for Education and Skills spokeswoman": a description with a word for an
 * unnamed source and no title heading it is that source, as described.
 */
export function anonymousSource(ctx: SpeakerContext): Attribution | undefined {
  const { lex, lowers, titleHead } = ctx;
  if (!titleHead && lowers.some((w) => lex.anonymousHeads.has(w))) return ctx.unnamed(ctx.description);
  return undefined;
}
