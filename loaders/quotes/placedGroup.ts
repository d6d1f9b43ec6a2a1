import { isCapital } from "./capitalRuns.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "Shocked health officials in Powys", "sources close to the club": a group of unnamed people
 * placed by what follows them.
 */
export function placedGroup(ctx: SpeakerContext): Attribution | undefined {
  const { lex, core, lowers } = ctx;
  const place = lowers.findIndex((w, k) => k > 0 && /^(?:in|at|from|close|inside|within)$/.test(w));
  if (
    place > 0 &&
    !core.slice(0, place).some((w, k) => k > 0 && isCapital(w)) &&
    lex.anonymousHeads.has(lowers[place - 1]) &&
    /s$/.test(lowers[place - 1]) &&
    // (not documents: "reports from Russian News Agency Interfax" are its)
    !isDocumentHead(lowers[place - 1], lex)
  )
    return ctx.unnamed(ctx.description);
  return undefined;
}
