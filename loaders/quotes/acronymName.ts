import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "The Conseil Superieur de l'Audiovisuel (CSA)": a name the article gave an acronym is an organisation's.
 */
export function acronymName(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, phrase } = ctx;
  const unprefixed = phrase.replace(/^the\s+/i, "").replace(/\s*\([\p{Lu}&]{2,8}\)?$/u, "");
  const expanded = [...ents.acronyms].find(
    ([acronym, n]) => n.replace(/^the\s+/i, "") === unprefixed && text.includes(`${unprefixed} (${acronym})`),
  )?.[1];
  if (expanded) return ctx.at(expanded, "organization");
  return undefined;
}
