import { isCapital } from "./capitalRuns.ts";
import { AUTHOR_AFTER, type Reader } from "./documentSpeaker.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { Word } from "./words.ts";

/**
 * The owner data speak for ("CML figures", "Data from the CML", "separate figures from the BSA"): an
 * organisation or person the article mentions. `undefined` when no data noun heads the phrase, null when
 * the data have no named owner ("the figures", "Latest figures").
 */
export function dataOwner(core: readonly Word[], { text, ents, lex, resolve }: Reader): Attribution | null | undefined {
  const lowers = core.map((w) => w.lower);
  // ("new figures released on Tuesday by the BPI": a participle, then its agent within a few words)
  const agent = (k: number) => {
    if (!/^\p{Ll}+ed$/u.test(lowers[k + 1] ?? "")) return -1;
    const by = lowers.indexOf("by", k + 2);
    return by > 0 && by <= k + 5 && by + 1 < core.length ? by : -1;
  };
  const data = core.findIndex(
    (w, k) =>
      // (lower case, or capitalised only to start the sentence: not "the Office for National Statistics")
      lex.dataHeads.has(k === 0 ? w.lower : w.text) &&
      (k === core.length - 1 || (AUTHOR_AFTER.test(lowers[k + 1]) && k + 2 < core.length) || agent(k) > 0),
  );
  if (data < 0) return undefined;
  const by = agent(data);
  // "according to their figures": the organisation last speaking, leading a sentence or authoring.
  if (data === 1 && data === core.length - 1 && /^(?:its|their)$/.test(lowers[0])) {
    const org = [...ents.mentions].reverse().find(
      (x) =>
        x.end <= core[0].start &&
        x.kind === "organization" &&
        // (or an author: "Research conducted by the EOC last year revealed …")
        (x.speaks || x.subject || /\bby\s+(?:the\s+)?$/.test(text.slice(Math.max(0, x.start - 8), x.start))),
    );
    return org
      ? {
          speaker: ents.acronyms.get(org.name.replace(/^the /, "")) ?? org.name,
          speaker_type: "organization",
          role: null,
          speaker_start: core[0].start,
          speaker_end: core[1].end,
        }
      : null;
  }
  const span = (i: number, j: number) => ({ start: core[i].start, end: core[j].end });
  const modifier = core.slice(0, data).findIndex((w) => isCapital(w));
  const owned =
    by > 0
      ? span(by + 1, core.length - 1)
      : data < core.length - 1
        ? span(data + 2, core.length - 1)
        : modifier >= 0
          ? span(modifier, data - 1)
          : null;
  // (a name, not a capitalised word that starts the sentence, "Latest figures", or an adjective, "ILO-based")
  const first = modifier >= 0 ? core[modifier].text : "";
  const common =
    data === core.length - 1 &&
    (/-\p{Ll}+$/u.test(first) ||
      (modifier === 0 &&
        !/^\p{Lu}{2,}/u.test(first) &&
        !new RegExp(`[\\p{Ll},]\\s+${first.replace(/[^\p{L}]/gu, "")}\\b`, "u").test(text)));
  const named = owned && !common && ents.mentions.some((x) => x.start >= owned.start && x.end <= owned.end);
  const owner = owned && named ? resolve(owned.start, owned.end) : null;
  if (owner && owner.speaker_type !== "anonymous" && /^\p{Lu}/u.test(owner.speaker.replace(/^the /, "")))
    return { ...owner, speaker_start: core[0].start, speaker_end: core[core.length - 1].end };
  return null;
}
