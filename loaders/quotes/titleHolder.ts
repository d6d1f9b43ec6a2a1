import type { Mention } from "./entities.ts";
import { isPlace } from "./isPlace.ts";
import { nearest } from "./nearest.ts";
import { opensNextSentence } from "./opensNextSentence.ts";
import { previousSentenceStart, sentenceStartBefore } from "./sentenceStartBefore.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import { isRoleless, roleHolder } from "./roleHolder.ts";
import { DETERMINERS, type SpeakerContext } from "./speakerContext.ts";
import { isHonorific } from "./isHonorific.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import { escapeRegExp } from "../lexicon/escapeRegExp.ts";

const RANK_WORDS = lexiconSet("quotes/rank-words");

// The person an office's description refers to: the nearest named subject of the two sentences before, else
// the person who opens the next sentence ("The US stock market watchdog's chairman has said … . In a speech …,
// William Donaldson promised …").
function officeHolder(ctx: SpeakerContext): Mention | undefined {
  const { text, ents, s } = ctx;
  const from = previousSentenceStart(text, previousSentenceStart(text, s));
  const own = sentenceStartBefore(text, s);
  const before = ents.mentions.filter(
    (x) => x.start >= from && x.start < own && x.kind === "person" && x.named && x.subject && !x.quoted,
  );
  return (
    before.at(-1) ??
    ents.mentions.find((x) => x.start > ctx.e && x.kind === "person" && x.named && opensNextSentence(ctx, x))
  );
}

// "the spokesman" after "A spokesman for the Home Office said", "a BBC spokeswoman said" or "the prime
// minister's official spokesman said": that description, when no one named with the title comes between them.
function unnamedBefore({ text, ents, lex, s, phrase, head }: SpeakerContext): string | null {
  if (!/^the\s/i.test(phrase) || !lex.anonymousHeads.has(head) || phrase.split(/\s+/).length > 3) return null;
  const window = text.slice(Math.max(0, s - 3000), s);
  const last = (re: string) => [...window.matchAll(new RegExp(re, "gu"))].pop();
  const forms = [
    last(`(?<![\\p{L}])[Aa]n?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}\\s+(?:for|from|at|of|to)\\s`),
    // ("An SFA spokesman", "a Downing Street spokeswoman": capitalised words before the noun)
    last(`(?<![\\p{L}])[Aa]n?\\s+(?:\\p{Lu}[\\p{L}&.-]*\\s+){1,3}${head}(?![\\p{L}])`),
    // ("the prime minister's official spokesman", "Tony Blair's spokesman": someone else's)
    last(
      `(?<![\\p{L}])(?:[Tt]he\\s+(?:\\p{Ll}+\\s+)?|\\p{Lu}[\\p{L}.-]*\\s+)\\p{L}[\\p{L}.-]*['’]s?\\s+(?:\\p{Ll}+\\s+)?${head}(?![\\p{L}])`,
    ),
  ];
  const intro = forms.reduce((a, b) => (b && (!a || b.index > a.index) ? b : a), undefined);
  if (!intro) return null;
  const from = Math.max(0, s - 3000) + intro.index;
  // (the description runs to its verb or punctuation: "A spokesman for the Albanian embassy in London said")
  const tailStart = from + intro[0].length;
  let end = tailStart;
  const tail = intro === forms[0] ? text.slice(tailStart, s) : "";
  for (const w of tail.matchAll(/[^\s,.;:!?"“”()]+|[,.;:!?"“”()]/gu)) {
    const lower = w[0].toLowerCase();
    if (
      /^[,.;:!?"“”()]$/.test(w[0]) ||
      lex.cues.has(lower) ||
      lex.finite.has(lower) ||
      /^(?:\p{Ll}+ed|to|who|which|that)$/u.test(w[0])
    )
      break;
    end = tailStart + w.index + w[0].length;
  }
  const named = ents.mentions.some(
    (x) =>
      x.kind === "person" &&
      x.named &&
      x.start > from &&
      x.start < s &&
      ((ents.fullName(x.name.split(" ")).role ?? "").toLowerCase().includes(head) ||
        // ("Kostas Kenteris' lawyer has called … Gregory Ioannidis has submitted … The lawyer added": someone
        // with no title of their own who opens the next sentence may be the one it described)
        (x.start > end &&
          x.subject &&
          isRoleless(x, ents, lex) &&
          sentenceStartBefore(text, x.start) === x.start &&
          previousSentenceStart(text, x.start) <= from)),
  );
  return named ? null : text.slice(from, end).replace(/^A/, "a");
}

// Whether `head` stands right before the name at `at`, past its rank or honorific: "Military judge Cmdr. Elaine
// Fortescue" for "judge".
function titledAfter(text: string, at: number, head: string, lex: QuoteLexicon): boolean {
  const before = text.slice(Math.max(text.lastIndexOf("\n", at) + 1, at - 40), at);
  const m = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(head)}\\s+((?:\\S+\\s+){0,2})$`, "iu").exec(before);
  return (
    m !== null &&
    m[1]
      .split(/\s+/)
      .filter(Boolean)
      .every((w) => /^\p{Lu}/u.test(w) && (lex.titles.has(w.toLowerCase().replace(/\.$/, "")) || isHonorific(w, lex)))
  );
}

/**
 * "the minister", "a Canadian general": the person who holds the title the phrase is headed by, with the
 * phrase as role; else the phrase as an unnamed source.
 */
export function titleHolder(ctx: SpeakerContext): Attribution | undefined {
  const { text, ents, lex, s, e, phrase, full, description, head, titleHead } = ctx;
  if (!titleHead) return undefined;
  // ("The UK's biggest coal producer": a title word that also names a kind of firm, ranked, is the firm.)
  if (lex.orgAnaphors.has(head) && phrase.split(/\s+/).some((w) => RANK_WORDS.has(w.toLowerCase()))) return undefined;
  const role = phrase.replace(DETERMINERS, "").replace(/^[\p{L}.]+['’]s\s+/u, "");
  // "Tony Blair's official spokesman", "the families' lawyer", "a spokesman for Delta": someone
  // else's unnamed agent (but "Canada's foreign affairs minister" is an office).
  const owned = /^(?:[Tt]he\s+)?([\p{L}.]+(?:\s+[\p{L}.]+)?)['’]s?\s/u.exec(phrase);
  // ("the prime minister's official spokesman": someone's spokesman is unnamed, not whoever holds a title.)
  if (owned && lex.anonymousHeads.has(head)) return ctx.unnamed(description);
  // ("A spokesman for the Home Office said … "…," said the spokesman": the unnamed one introduced before.)
  const introduced = unnamedBefore(ctx);
  if (introduced) return ctx.unnamed(introduced);
  let m = roleHolder(text, s, e, role, head, ents, lex);
  // (an indefinite description, "one musician quoted by the report", is no one named before it)
  const indefinite = /^(?:a|an|one)\s/i.test(phrase);
  // ("said one musician quoted by the report", "wrote one reviewer in Rolling Stone magazine": it is someone the
  // article gives that title, not the nearest person with none)
  // ("One county chief executive, who asked not to be named" after chief executive Nadia Pemberton of the league: a
  // qualifier her role lacks makes it another)
  const heldRole = (m ? (ents.fullName(m.name.split(" ")).role ?? "") : "").toLowerCase();
  const qualified = role
    .toLowerCase()
    .split(/\s+/)
    .some((w) => /^\p{Ll}+$/u.test(w) && !heldRole.split(/\s+/).includes(w));
  if (m && indefinite && (!heldRole.includes(head) || qualified)) m = undefined;
  const roleless = (x: Mention) => isRoleless(x, ents, lex);
  const owner = owned?.[1]?.toLowerCase() ?? "";
  const place = isPlace(owner, lex) || lex.placeWords.has(owner);
  // ("The Scottish National Party's parliamentary leader", "The MP for Ealing North": a definite title of an
  // organisation or a place, not a person's agent, is an office someone the article names may hold)
  const possessor = /^the\s+(.+?)['’]s?\s/iu.exec(phrase)?.[1].split(/\s+/) ?? [];
  const personal =
    possessor.length > 0 &&
    (isHonorific(possessor[0], lex) ||
      lex.firstNames.has(possessor[0].toLowerCase()) ||
      ents.mentions.some((x) => x.kind === "person" && x.name.split(" ").at(-1) === possessor.at(-1)));
  const office = /^the\s/i.test(phrase) && !lex.anonymousHeads.has(head) && !personal;
  if (!m && ((/['’]s?\s/.test(phrase) && !place) || /\sfor\s+\p{Lu}/u.test(full))) {
    const holder = office ? officeHolder(ctx) : undefined;
    if (!holder) return ctx.unnamed(description);
    m = holder;
  }
  // "The spokesperson also confirmed …" with no named spokesperson: the unnamed one already quoted.
  if (!m && lex.anonymousHeads.has(head)) return ctx.unnamed(description);
  // "a make-up artist who claimed …": an indefinite description with a restrictive relative introduces
  // someone new (but "a Canadian general said" may be the general the article names)
  if (!m && /^an?\s/i.test(phrase) && /^\s+who\s/.test(text.slice(e, e + 6))) return ctx.unnamed(description);
  // ("skipper Jason Robinson believes … . "…," said the Sale full-back.": a title with a capitalised qualifier
  // and no holder of its own refers back to the named subject of the sentence before)
  if (
    !m &&
    new RegExp(`(?:^|\\s)[Tt]he\\s+\\p{Lu}[\\p{L}'’.-]*\\s+(?:[\\p{Ll}-]+\\s+){0,2}${head}$`, "u").test(phrase)
  ) {
    const previous = previousSentenceStart(text, s);
    // (the one who speaks there, else its first named subject: not "Henry" in "Ferguson believes Henry
    // deliberately …", nor "Tony Blair" in "Tony Blair has failed, Michael Howard has said")
    const there = ents.mentions.filter((x) => x.start >= previous && x.start < s && x.kind === "person" && x.named);
    const back =
      there.find((x) => x.speaks && x.subject) ?? there.find((x) => x.speaks) ?? there.find((x) => x.subject);
    if (back) m = back;
  }
  if (!m && !indefinite) m = nearest(ents.mentions, s, (x) => roleless(x) && x.speaks);
  if (!m && !indefinite) m = nearest(ents.mentions, s, (x) => roleless(x) && x.subject);
  // (an indefinite description names someone who opens the next sentence, no cue before them: "A US researcher
  // has suggested … Ravi Purushotma believes …"; elsewhere only someone the article gives this title: "a
  // Canadian general said … General Wayne Eyre", not "a government minister said … Christian Jasperneite")
  if (!m)
    m = ents.mentions.find(
      (x) =>
        x.start > e &&
        x.kind === "person" &&
        x.named &&
        (!indefinite ||
          // ("one musician quoted by the report" is one of many: never the next sentence's subject)
          (/^an?\s/i.test(phrase) && opensNextSentence(ctx, x)) ||
          (ents.fullName(x.name.split(" ")).role ?? "").toLowerCase().includes(head) ||
          // ("a military judge found … Military judge Cmdr. Elaine Fortescue reduced him": or the title right before
          // the name, past a rank)
          titledAfter(text, x.start, head, lex)),
    );
  if (!m) return ctx.unnamed(description);
  const person = ents.fullName(m.name.split(" "));
  return ctx.at(person.name, "person", person.role ?? role);
}
