import type { Entities, Mention } from "./entities.ts";
import { nearest } from "./nearest.ts";
import { styleLength } from "./styleLength.ts";
import { words } from "./words.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { lexicon } from "../lexicon/lexicon.ts";

let synonyms: Map<string, string[]> | undefined;

// A title word and the words that name the same office ("judge", "justice").
function titleSynonyms(head: string): string[] {
  synonyms ??= new Map(
    lexicon("quotes/title-synonyms").flatMap((line) => {
      const group = line.split(/\s+/);
      return group.map((w) => [w, group] as const);
    }),
  );
  return synonyms.get(head.toLowerCase()) ?? [head];
}

// "the ex-home secretary": the named person in the sentence that last gave this role
// ("Mr Blunkett quit as home secretary"), before or after the description.
function roleInText(
  text: string,
  s: number,
  e: number,
  ents: Entities,
  role: string,
  lex: QuoteLexicon,
): Mention | undefined {
  const key = role.toLowerCase().replace(/^(?:ex-|former\s+|then\s+|outgoing\s+)/, "");
  if (key.length < 3) return undefined;
  const lower = text.toLowerCase();
  for (let at = lower.lastIndexOf(key, s - 1); at >= 0; at = lower.lastIndexOf(key, at - 1)) {
    if (
      (at >= s && at < e) ||
      /\p{L}/u.test(text[at - 1] ?? "") ||
      /\p{L}/u.test(text[at + key.length] ?? "") ||
      /\b(?:deputy|vice|shadow|assistant|junior)[\s-]+$/i.test(text.slice(Math.max(0, at - 12), at)) ||
      // "A Delta spokesperson confirmed that Ms Simonetti …": an unnamed one gives no one the role.
      /\b(?:a|an|one)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/iu.test(text.slice(Math.max(0, at - 40), at))
    ) {
      if (at === 0) break;
      continue;
    }
    const from = Math.max(text.lastIndexOf(". ", at), text.lastIndexOf("\n", at));
    // (a sentence ends at its paragraph's end too)
    const ends = [text.indexOf(". ", at), text.indexOf("\n", at)].filter((x) => x >= 0);
    const to = ends.length ? Math.min(...ends) : text.length;
    // (not a possessor: "Despite enjoying Dan Brown's conspiracy theory, the Bishop said")
    const inSentence = ents.mentions.filter(
      (x) =>
        x.kind === "person" &&
        x.named &&
        x.start > from &&
        x.end <= to &&
        !/^['’]s?\s/.test(text.slice(x.end, x.end + 3)),
    );
    // "Mr Blunkett quit as home secretary after …": the person named before the role.
    const before = inSentence.filter((x) => x.end <= at);
    if (before.length) return before[before.length - 1];
    // "…the prime minister, Tony Blair, …": a name right after the role (not "the prime minister's decision
    // to … a speech by Mr Brown"), past the article and honorifics that style it ("The Bishop of Durham, the Rt
    // Rev Dr Tom Wright").
    const gap = inSentence.length === 1 ? words(text, at + key.length, inSentence[0].start) : [];
    const unstyled =
      gap.length -
      styleLength(
        gap.map((w) => w.text),
        lex,
      );
    const gapEnd = unstyled > 0 ? gap[unstyled - 1].end : at + key.length;
    if (inSentence.length === 1 && inSentence[0].start > at && gapEnd - (at + key.length) <= 20) return inSentence[0];
    if (at === 0) break;
  }
  return undefined;
}

/**
 * Whether a mention is a named person the article gives no role: none, or only an affiliation with no title
 * word ("Tory Liam Fox", "Liberal Democrat Alan Beith").
 */
export function isRoleless(x: Mention, ents: Entities, lex: QuoteLexicon): boolean {
  if (x.kind !== "person" || !x.named) return false;
  const role = ents.fullName(x.name.split(" ")).role;
  return (
    role === null ||
    !role.split(/[\s,]+/).some((w) => lex.titles.has(w.toLowerCase()) || lex.postNominals.has(w.toLowerCase()))
  );
}

/**
 * The person a role description refers to (`the home secretary`, `the Labour MP`, `the ex-home secretary`,
 * `role` without its determiner and `head` its title word): the nearest person before `text[s, e)` whose
 * role agrees (the same head and no contradicting qualifier: "The Glasgow Kelvin MP" is not the "Labour
 * MP"), the full role first, active mentions before passing ones, the person a sentence gave that role,
 * else the first such person after it.
 */
export function roleHolder(
  text: string,
  s: number,
  e: number,
  role: string,
  head: string,
  ents: Entities,
  lex: QuoteLexicon,
): Mention | undefined {
  // "The Glasgow Kelvin MP" is not the "Labour MP": capitalised qualifiers on both sides must meet.
  // Only the capitalised words right before the head count, and not nationalities or places.
  const qualifiers = (r: string) => {
    const ws = r.split(/\s+/);
    let k = ws.length - 1;
    while (k >= 0 && lex.titles.has(ws[k].toLowerCase())) k--;
    const out: string[] = [];
    let initials = "";
    // ("foreign affairs minister" is not the "Immigration Minister": lower-case qualifiers count too,
    // up to a possessive or a word like "former" that says nothing of which office.)
    for (
      ;
      k >= 0 &&
      /^\p{L}/u.test(ws[k]) &&
      !/['’]s?$/.test(ws[k]) &&
      !/^(?:the|a|an|his|her|its|their|our|former|ex|then|outgoing|new|acting|interim|current|senior|junior)$/i.test(
        ws[k],
      );
      k--
    ) {
      const w = ws[k].toLowerCase().replace(/['’]s$/, "");
      initials = (/^\p{Lu}+$/u.test(ws[k]) ? w : w[0]) + initials;
      // ("trade and industry secretary" is not the "Media and Sport Secretary": "and" qualifies nothing)
      if (!lex.demonyms.has(w) && !lex.places.has(w) && !lex.titles.has(w) && !/^(?:and|&)$/.test(w)) out.push(w);
    }
    // "UK Independence Party MEP" is the "UKIP MEP".
    if (out.length > 1) out.push(initials);
    return out;
  };
  const wanted = qualifiers(role);
  // ("the judge" is "Justice Corinne Maddox": lexicon quotes/title-synonyms)
  const headPattern = new RegExp(`\\b(?:${titleSynonyms(head).join("|")})\\b`, "i");
  // Two roles agree when either has no qualifier or they share one, and their capitalised
  // qualifiers ("Metropolitan" and "Norfolk" police chief) do not contradict each other.
  const capitals = (r: string) =>
    r
      .split(/\s+/)
      .filter((w) => /^\p{Lu}\p{Ll}/u.test(w) && !lex.titles.has(w.toLowerCase()))
      .map((w) => w.toLowerCase());
  const contradict = (ra: string, rb: string) => {
    const [ca, cb] = [capitals(ra), capitals(rb)];
    return ca.length > 0 && cb.length > 0 && !ca.some((w) => cb.includes(w));
  };
  // …unless that person is the one the text is about (the last named subject).
  const topic = nearest(ents.mentions, s, (x) => x.kind === "person" && x.named && x.subject);
  const topicName = topic ? ents.fullName(topic.name.split(" ")).name : null;
  const agree = (ra: string, rb: string) => {
    if (contradict(ra, rb)) return false;
    const [a, b] = [qualifiers(ra), qualifiers(rb)];
    return !a.length || !b.length || a.some((w) => b.includes(w));
  };
  const withRole = (x: Mention) => {
    if (x.kind !== "person") return false;
    const person = ents.fullName(x.name.split(" "));
    const r = person.role;
    if (r === null || !headPattern.test(r)) return false;
    // "The home secretary" is not the "Shadow home secretary" (nor a deputy, vice or former one).
    const rank = /\b(?:deputy|vice|shadow|assistant|junior|former|ex)\b/i;
    if (rank.test(r) && !rank.test(role)) return false;
    return agree(role, r) || person.name === topicName;
  };
  // "the home secretary": a person whose role says "home secretary" before one who is any secretary.
  const key = role.toLowerCase().replace(/^(?:ex-|former\s+|then\s+|outgoing\s+)/, "");
  // …but not a "deputy prime minister" for "the prime minister".
  const withFullRole = (x: Mention) => {
    const r = (ents.fullName(x.name.split(" ")).role ?? "").toLowerCase();
    return (
      withRole(x) &&
      r.includes(key) &&
      !/\b(?:deputy|vice|shadow|assistant|junior|former|ex)\b/.test(r.slice(0, r.indexOf(key)))
    );
  };
  const roleless = (x: Mention) => isRoleless(x, ents, lex);
  // A person only mentioned in passing ("…, alongside Immigration Minister Marco Mendicino, are …") is a
  // weaker antecedent than the roleless person the article has speaking.
  const active = (x: Mention) => x.subject || x.speaks;
  // "The Metropolitan police chief" is not the "Norfolk police chief" named earlier in the text.
  const consistent = (x: Mention | undefined) => {
    const r = x ? ents.fullName(x.name.split(" ")).role : null;
    return x !== undefined && agree(role, r ?? "") ? x : undefined;
  };
  const m =
    (key.includes(" ") ? nearest(ents.mentions, s, withFullRole) : undefined) ??
    (key.includes(" ") ? consistent(roleInText(text, s, e, ents, role, lex)) : undefined) ??
    nearest(ents.mentions, s, (x) => withRole(x) && active(x)) ??
    (wanted.length ? undefined : nearest(ents.mentions, s, (x) => roleless(x) && x.speaks)) ??
    nearest(ents.mentions, s, withRole) ??
    consistent(roleInText(text, s, e, ents, role, lex));
  return m ?? ents.mentions.find((x) => x.start > e && withRole(x));
}
