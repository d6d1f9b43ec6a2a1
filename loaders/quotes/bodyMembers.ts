import type { Mention } from "./entities.ts";
import { describedBodies, isBodyName } from "./describedBodies.ts";
import { nearest } from "./nearest.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "MPs", "Committee members", "an all-party committee": members of a body, or an unnamed description
 * of one, speak for the committee (or commission, panel) the article names, the nearest before them
 * or else the first after ("… are ill-prepared, MPs say. … the Constitutional Affairs Select Committee").
 */
export function bodyMembers(ctx: SpeakerContext): Attribution | undefined {
  const { ents, lex, core, lowers, s } = ctx;
  const words = lowers[0] === "the" ? lowers.slice(1) : lowers;
  const last = words[words.length - 1];
  // "MPs", "the MPs", "committee members"; "an all-party committee", "a cross-party panel"
  const members = words.length <= 2 && lex.bodyMembers.has(last) && (words.length === 1 || lex.bodyHeads.has(words[0]));
  const unnamed =
    /^an?$/.test(lowers[0]) &&
    core.length <= 4 &&
    lex.bodyHeads.has(last) &&
    core.slice(1).every((w) => /^\p{Ll}/u.test(w.text));
  if (!members && !unnamed) return undefined;
  const body = (x: Mention) => x.kind === "organization" && isBodyName(x.name, lex);
  // (a body the article names only in lower case counts too: "the Commons work and pensions committee")
  const described = describedBodies(ents, ctx.text, lex);
  const m =
    nearest(ents.mentions, s, body) ??
    ents.mentions.find((x) => x.start > s && body(x)) ??
    nearest(described, s, () => true) ??
    described.find((x) => x.start > s);
  return m ? ctx.at(m.name, "organization") : undefined;
}
