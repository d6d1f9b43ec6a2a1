import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/** "Many newspapers", "Big businesses", "animators argue": an unnamed group, but not "30 years". */
export function unnamedGroup(ctx: SpeakerContext): Attribution | undefined {
  const { lex, core, lowers, head } = ctx;
  const quantified = /^(?:many|some|most|several|other|others|few|all|both|various|numerous|the)$/.test(lowers[0]);
  // "animators argue": a bare plural of people.
  const bare =
    core.length <= 3 &&
    core.every((w) => /^\p{Ll}/u.test(w.text)) &&
    !lex.inanimateHeads.has(head) &&
    !lex.notNames.has(head);
  if (
    /[^s]s$/.test(head) &&
    (quantified || bare) &&
    !lex.timeHeads.has(head) &&
    !lex.finite.has(head) &&
    core.length <= 8
  )
    return ctx.unnamed(ctx.description);
  return undefined;
}
