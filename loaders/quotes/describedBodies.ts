import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Entities, Mention } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

const genericModifiers = lexiconSet("quotes/generic-body-modifiers");
const adjectives = lexiconSet("quotes/body-adjectives");
const found = new WeakMap<Entities, Mention[]>();

/** Whether an organisation's name ends in a deliberative body's head ("the Public Accounts Committee"). */
export function isBodyName(name: string, lex: QuoteLexicon): boolean {
  return lex.bodyHeads.has(name.split(/\s+/).pop()?.toLowerCase() ?? "");
}

/**
 * The deliberative bodies an article names in lower case (once per article), as organisation mentions: "the Commons work
 * and pensions committee", "The joint committee on human rights" (a definite noun phrase ending in a
 * body head, lexicon `quotes/body-heads`, with a modifier that is not generic, lexicon
 * `quotes/generic-body-modifiers`, or a topic after "on"). Only the article's first word may be capitalised
 * in the modifiers ("Commons"); a capitalised name is an entity of its own.
 */
export function describedBodies(ents: Entities, text: string, lex: QuoteLexicon): readonly Mention[] {
  const cached = found.get(ents);
  if (cached) return cached;
  const heads = [...lex.bodyHeads].join("|");
  const phrase = new RegExp(
    `\\b[Tt]he\\s+((?:(?:${[...adjectives].join("|")})\\s+)?(?:\\p{Lu}[\\p{Ll}'’]+\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}?)(${heads})\\b((?:\\s+on(?:\\s+[\\p{Ll}-]+){1,3})?)`,
    "gu",
  );
  const bodies: Mention[] = [];
  for (const m of text.matchAll(phrase)) {
    // ("The influential Commons home affairs committee": a judging adjective is no part of its name)
    const modifiers = m[1]
      .split(/\s+/)
      .filter(Boolean)
      .filter((w, k) => k > 0 || !adjectives.has(w));
    // (the topic ends before a verb or a connective: "the committee on human rights found")
    const topic = m[3].split(/\s+/).filter(Boolean);
    const stop = topic.findIndex(
      (w, k) =>
        k > 0 &&
        (lex.finite.has(w) || lex.cues.has(w) || /ed$/.test(w) || /^(?:and|or|to|for|in|of|that|which|who)$/.test(w)),
    );
    const determined = /^(?:the|a|an|its|their|his|her|this|that)$/.test(topic[1] ?? "");
    const on = determined ? [] : stop < 0 ? topic : topic.slice(0, stop);
    const named =
      on.length > 1 || modifiers.some((w) => !genericModifiers.has(w.toLowerCase()) && !/^(?:and|of)$/.test(w));
    if (!named || (modifiers.length > 0 && /^(?:and|of)$/.test(modifiers[0]))) continue;
    const start = m.index;
    const name = ["the", ...modifiers, m[2], ...(on.length > 1 ? on : [])].join(" ");
    const end =
      start +
      m[0].length -
      (m[3].length - (on.length > 1 ? m[3].indexOf(on[on.length - 1]) + on[on.length - 1].length : 0));
    bodies.push({ start, end, kind: "organization", name, subject: false, named: false, speaks: false });
  }
  found.set(ents, bodies);
  return bodies;
}
