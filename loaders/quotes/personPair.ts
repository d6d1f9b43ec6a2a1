import { isCapital } from "./capitalRuns.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "Richards and Yelling agree", "Gibson and his Icon Productions partner Bruce Davey said": two people, one
 * named on each side of a single "and", both by the fullest name the article gives ("Hugh Richards and Liz
 * Yelling"). Only when each side resolves to a person with a first name or an honorific, so that a firm's
 * name ("Marks and Spencer") is left to the other rules.
 */
export function personPair(ctx: SpeakerContext): Attribution | undefined {
  const { core, lowers, resolve } = ctx;
  const and = lowers.indexOf("and");
  if (and < 1 || and === core.length - 1 || lowers.indexOf("and", and + 1) >= 0) return undefined;
  if (!isCapital(core[and - 1]) || !isCapital(core[core.length - 1])) return undefined;
  const left = resolve(core[0].start, core[and - 1].end);
  const right = resolve(core[and + 1].start, core[core.length - 1].end);
  const named = (a: Attribution | null): a is Attribution =>
    a?.speaker_type === "person" && a.speaker.includes(" ") && !/\sand\s/.test(a.speaker);
  if (!named(left) || !named(right) || left.speaker === right.speaker) return undefined;
  // ("JP Morgan chief executive William Harrison and chief operating officer James Dimon said": a described
  // first name, the name ending right before "and")
  if (!core.slice(0, and).every(isCapital) && left.speaker_end !== core[and - 1].end) return undefined;
  // ("Minister for Children, Young People and Families Margaret Hodge": the second name starts right after
  // "and", or after a description that opens in lower case, "his Icon Productions partner")
  const second = core[and + 1];
  if (right.speaker_start !== second.start && !/^\p{Ll}/u.test(second.text)) return undefined;
  return ctx.at(`${left.speaker} and ${right.speaker}`, "person", null);
}
