import { hasWord } from "./hasWord.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { isOutletName } from "./isOutletName.ts";
import { isPossessor } from "./isPossessor.ts";
import { descriptionBefore } from "./descriptionBefore.ts";
import { frontedTopic } from "./frontedTopic.ts";
import type { QuoteCandidate } from "../types.ts";
import { sentenceSubject } from "./phrases.ts";
import type { QuoteContext } from "./quoteContext.ts";
import { resolveSpeaker } from "./resolveSpeaker.ts";
import { subjectForm } from "./subjectForm.ts";
import { isOneSource } from "./isOneSource.ts";

const FEMALE =
  /\b(?:she|spokeswoman|chairwoman|woman|wife|mother|daughter|sister|actress|queen|princess|lady|mrs|ms|miss)\b/i;
const MALE = /\b(?:he|spokesman|chairman|man|husband|father|son|brother|actor|king|prince|lord|sir|mr)\b/i;

function gender(ctx: QuoteContext, q: Pick<QuoteCandidate, "speaker" | "speaker_type" | "role">): string {
  if (q.speaker_type === "person" && q.speaker) {
    const g = ctx.ents.fullName(q.speaker.split(" ")).gender;
    if (g) return g;
  }
  const words = `${q.speaker ?? ""} ${q.role ?? ""}`;
  return FEMALE.test(words) ? "f" : MALE.test(words) ? "m" : "";
}

// Someone's description, "President Castro's chief aide", "Tony Blair's official spokesman": a capitalised possessor.
const OWNED = /^(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s\s/u;

// The quote `q` with the speaker its pronoun refers to.
function referTo(q: QuoteCandidate, who: Pick<QuoteCandidate, "speaker" | "speaker_type" | "role">): QuoteCandidate {
  return { ...q, speaker: who.speaker, speaker_type: who.speaker_type, role: who.role, rule: `${q.rule}+pronoun` };
}

// Whether a quotation names someone by one of their name's words ("Olof" for Olof Mellberg).
function namedIn(quote: string, tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length > 2 && hasWord(quote, t));
}

/**
 * Refiner: a pronoun speaker ("he said", "she added", "it said") refers to the most recent speaker
 * of a compatible kind and gender, unless a person or organisation that starts a clause has been
 * named since that quote (then the pronoun keeps the nearer mention).
 */
export function pronounSpeakers(ctx: QuoteContext, quotes: QuoteCandidate[]): QuoteCandidate[] {
  const { text, lex } = ctx;
  const sorted = [...quotes].sort((a, b) => a.start - b.start);
  const paraOf = (pos: number) => ctx.sentenceAt(pos)?.paragraph ?? -1;
  // A person's own name words, without titles ("Lord Goldsmith" → "Goldsmith").
  const nameWords = (speaker: string) =>
    ctx.ents.fullName(speaker.split(" ")).tokens.filter((t) => !lex.honorifics.has(t.toLowerCase()));
  return sorted.map((q, k) => {
    if (q.speaker_start === null || q.speaker_end === null) return q;
    const form = subjectForm(text.slice(q.speaker_start, q.speaker_end));
    const pronoun = lex.pronouns.get(form);
    if (!pronoun) return q;
    if (pronoun.kind === "plural" && form !== "they") return q;
    const compatible = (p: QuoteCandidate) => {
      // ("Mr Crosby's statement said: … It added:": "it" is a document that spoke for its author too)
      if (pronoun.kind === "organization")
        return (
          p.speaker_type === "organization" ||
          (p.speaker_type !== "anonymous" &&
            p.speaker_start !== null &&
            p.speaker_end !== null &&
            isDocumentHead(
              /(\p{L}+)\W*$/u.exec(text.slice(p.speaker_start, p.speaker_end))?.[1].toLowerCase() ?? "",
              lex,
            ))
        );
      // ("Lord Justice Rix and Mr Justice Forbes ruled … They said …": a pair of people, each named in full, is
      // "they")
      const pair = (p.speaker ?? "").split(" and ");
      if (pronoun.kind !== "person")
        return p.speaker_type !== "person" || (pair.length === 2 && pair.every((n) => n.includes(" ")));
      // ("A senior executive at one high street lender said … "…," he said": a person's description that names
      // where they work, read as the organisation's, is one person)
      const worksAt =
        /^(?:[Aa]n?|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+(?:at|of|for|from|with)\s/u.exec(
          p.speaker ?? "",
        );
      if (p.speaker_type === "organization")
        return (
          worksAt !== null &&
          (isOneSource(worksAt[1], lex) ||
            (!/s$/.test(worksAt[1]) && (lex.titles.has(worksAt[1]) || isAgentNoun(worksAt[1], lex))))
        );
      // "Police", "Analysts" are not "he" or "she".
      const head = (p.speaker ?? "").replace(/\s+(?:for|of|at|from|with)\s.*$/i, "");
      // ("President Castro's chief aide said … "…," he said": someone's one unnamed agent too)
      if (
        p.speaker_type === "anonymous" &&
        !/^(?:a|an|the|one)\s.*[^s]$/i.test(head) &&
        !(OWNED.test(head) && /[^s]$/.test(head))
      )
        return false;
      const g = gender(ctx, p);
      return !pronoun.gender || !g || g === pronoun.gender;
    };
    // The most recent compatible speaker, looking back over at most three speakers and two paragraphs.
    let prev: QuoteCandidate | undefined;
    let skipped = false;
    const seen = new Set<string>();
    for (let j = k - 1; j >= 0 && seen.size < 3; j--) {
      const p = sorted[j];
      if (!p.speaker || p.speaker_start === null || p.speaker_start >= q.speaker_start) continue;
      // "… shrugged off claims from X that …": X is not who the sentence is about.
      // "And he hit back at Mr Mallon's claim that …": nor is the owner of a claim or statement noun.
      const noun = (p.cue ?? "").toLowerCase();
      if (lex.pronouns.has(p.speaker.toLowerCase()) || p.rule === "noun-cue-from") continue;
      if (lex.claimNouns.has(noun) || lex.speechNouns.has(noun)) continue;
      if (paraOf(q.speaker_start) - paraOf(p.start) > 2) break;
      seen.add(p.speaker);
      // ('"I said to Harry …," he said': not someone the quotation talks to or about.)
      if (p.speaker_type === "person" && namedIn(q.text, nameWords(p.speaker))) {
        skipped = true;
        continue;
      }
      if (compatible(p)) {
        prev = p;
        break;
      }
    }
    // A pronoun that found no antecedent is left for `continueSpeaker` (or dropped).
    const unresolved = q.speaker !== null && lex.pronouns.has(q.speaker.toLowerCase());
    const fallback = q;
    // Someone named as a subject after the previous speaker's quote is the nearer antecedent.
    const since = prev ? Math.max(prev.end, prev.speaker_end ?? prev.end) : -1;
    const nearer = ctx.ents.mentions.filter(
      (m) =>
        m.start > since &&
        m.start < q.speaker_start! &&
        // A person named inside the quote itself is not its speaker, nor one the quote names
        // ("I've had more than a quiet word with Olof," he told …: not Olof Mellberg).
        !(m.start >= q.start && m.end <= q.end) &&
        m.subject &&
        !(m.kind === "person" && namedIn(q.text, ctx.ents.fullName(m.name.split(" ")).tokens)) &&
        // "hit back at Mr Mallon's claim": a possessor is not the one acting.
        !isPossessor(ctx.text, m.end) &&
        !frontedTopic(ctx.text, m.start, m.end, q.speaker_start!) &&
        (pronoun.kind === "person"
          ? m.kind === "person" && m.named
          : m.kind === "organization" && !lex.places.has(m.name.toLowerCase())),
    );
    // "The prime minister ratcheted up … He insisted …": a description that opens the sentence
    // before the pronoun's, after the previous speaker's quote, is the nearer antecedent.
    const own = ctx.sentenceAt(q.speaker_start);
    const before = own && own.index > 0 ? ctx.doc.sentences[own.index - 1] : undefined;
    const lastNamed = nearer.length ? nearer[nearer.length - 1].start : -1;
    if (
      pronoun.kind === "person" &&
      before &&
      before.start > since &&
      before.start > lastNamed &&
      !ctx.quoteAt(before.start)
    ) {
      const subj = sentenceSubject(ctx, before.start, before.end);
      const subject = subj ? text.slice(subj.start, subj.end) : "";
      // "The prime minister", "the 25-year-old Dubliner": a description, not a name.
      // ("Tony Blair's official spokesman declined to say … He said: …": or one unnamed source, someone's or
      // "a"/"the" one, with a person's head noun)
      const head = (/(\p{L}+)$/u.exec(subject)?.[1] ?? "").toLowerCase();
      const source = isOneSource(head, lex) && (/^(?:[Tt]he|[Aa]n?)\s/.test(subject) || OWNED.test(subject));
      const described = subj && (/^[Tt]he\s+(?:\p{Ll}|\d)/u.test(subject) || source);
      const who = described ? resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex) : null;
      if (
        who &&
        (who.speaker_type === "person" ? who.speaker.includes(" ") : source && who.speaker_type === "anonymous") &&
        who.speaker !== q.speaker &&
        !lex.pronouns.has(who.speaker.toLowerCase())
      ) {
        const g = who.speaker_type === "person" ? ctx.ents.fullName(who.speaker.split(" ")).gender : gender(ctx, who);
        if (!pronoun.gender || !g || g === pronoun.gender) return referTo(q, who);
      }
    }
    if (prev && prev.speaker === q.speaker) return fallback;
    // ("Bellamy was fined … after a live TV interview in which he accused Souness of lying": a pronoun opening a
    // subordinate clause, resolved to the person named as its own sentence's subject before the report, keeps them,
    // though the report names them too)
    const ownSubject =
      !unresolved &&
      pronoun.kind === "person" &&
      own !== undefined &&
      /\b(?:which|whom|when|after|before|because|while|where|until|if)\s+$/i.test(
        text.slice(Math.max(own.start, q.speaker_start - 12), q.speaker_start),
      ) &&
      ctx.ents.mentions.some(
        (m) =>
          m.kind === "person" &&
          m.named &&
          m.subject &&
          m.start >= own.start &&
          m.end <= Math.min(q.start, q.speaker_start!) &&
          ctx.ents.fullName(m.name.split(" ")).name === q.speaker,
      );
    if (ownSubject) return fallback;
    // A speaker skipped because the quotation names them: the pronoun's own referent stands, when the
    // quotation does not name it too.
    if (skipped && !unresolved && q.speaker_type === "person" && !namedIn(q.text, nameWords(q.speaker!)))
      return fallback;
    // "the company set up a fund …, but it later admitted …": "it" was resolved to the organisation its own
    // sentence describes, after the previous speaker's quote.
    if (pronoun.kind === "organization" && !unresolved && !nearer.length) {
      const description = descriptionBefore(text, q.speaker_start, lex);
      if (description && description.start > since) return fallback;
    }
    // ("The Tories have promised a cut for pensioners, who they say have been hardest hit": an organisation
    // that is the subject of the sentence before "they", or of its own, after the previous speaker's quote)
    const recent =
      pronoun.kind === "plural" &&
      prev !== undefined &&
      nearer.length > 0 &&
      !isOutletName(nearer[nearer.length - 1].name) &&
      own !== undefined &&
      nearer[nearer.length - 1].start >= (before ?? own).start;
    if (nearer.length && (!unresolved || recent || (!prev && pronoun.kind === "person"))) {
      const m = nearer[nearer.length - 1];
      const person = m.kind === "person" ? ctx.ents.fullName(m.name.split(" ")) : null;
      if (person && pronoun.gender && person.gender && person.gender !== pronoun.gender) return q;
      // ("Sony and IBM want … they hope": "they" stands for both of a pair of organisations)
      const pair =
        pronoun.kind === "plural" && !person
          ? ctx.ents.mentions.find(
              (x) =>
                (x.kind === "organization" || !x.name.includes(" ")) &&
                x.end < m.start &&
                /^\s+and\s+$/.test(text.slice(x.end, m.start)),
            )
          : undefined;
      const speaker = person ? person.name : pair ? `${pair.name} and ${m.name}` : m.name;
      if (speaker === q.speaker) return q;
      const speaker_type = person ? "person" : "organization";
      return referTo(q, { speaker, speaker_type, role: person ? person.role : null });
    }
    // "Following the comments by acting Opec secretary general Adnan Shihab-Eldin, US crude fell … He said …": a
    // "he" or "she" with no speaker or subject to refer to is the one person named, in any position, in its own
    // sentence or the one before, known as a person by a first name, honorific or role (not "Tony Blair's
    // official spokesman", whose speaker is the spokesman).
    if (!prev && unresolved && pronoun.kind === "person" && own) {
      const from = (before ?? own).start;
      const named = new Set(
        ctx.ents.mentions
          .filter(
            (m) =>
              m.kind === "person" &&
              m.named &&
              !m.quoted &&
              m.start >= from &&
              m.end <= q.speaker_start! &&
              !isPossessor(ctx.text, m.end),
          )
          .map((m) => ctx.ents.fullName(m.name.split(" ")))
          .filter((p) => (p.gender || p.role) && (!pronoun.gender || !p.gender || p.gender === pronoun.gender))
          .map((p) => p.name),
      );
      if (named.size === 1) {
        const person = ctx.ents.fullName([...named][0].split(" "));
        return referTo(q, { speaker: person.name, speaker_type: "person", role: person.role });
      }
    }
    // "House of Lords law lords ruled against the measures last week. They said …": with no speaker before it,
    // "they" is the plural subject opening the sentence before (a group or organisations, not a person).
    // (a "they" that opens its sentence or follows its report: not "The campaigners unveiled … before they announced")
    const opens =
      own !== undefined && (/^\W*$/.test(text.slice(own.start, q.speaker_start)) || q.end <= q.speaker_start);
    if (!prev && unresolved && form === "they" && opens && before && !ctx.quoteAt(before.start)) {
      const subj = sentenceSubject(ctx, before.start, before.end);
      const phrase = subj ? text.slice(subj.start, subj.end) : "";
      const plural = /(?:[^s]s|\b(?:couple|pair|duo|trio))$/.test(phrase) || /\sand\s/.test(phrase);
      const who = subj && plural ? resolveSpeaker(text, subj.start, subj.end, ctx.ents, lex) : null;
      // (a group of people or organisations, as written: not "The announcements", nor an opening phrase's words)
      const head = (/(\p{L}+)$/u.exec(who?.speaker ?? "")?.[1] ?? "").toLowerCase();
      const group =
        who?.speaker_type === "organization" ||
        (who?.speaker_type === "anonymous" && (lex.anonymousHeads.has(head) || isAgentNoun(head, lex)));
      if (who && group && !who.speaker.includes(",") && !lex.pronouns.has(who.speaker.toLowerCase()))
        return referTo(q, who);
    }
    if (!prev) return fallback;
    return referTo(q, prev);
  });
}
