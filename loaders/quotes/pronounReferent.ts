import { descriptionBefore } from "./descriptionBefore.ts";
import { frontedTopic } from "./frontedTopic.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { isPossessor } from "./isPossessor.ts";
import { loneName } from "./loneName.ts";
import { nearest } from "./nearest.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";
import { previousSentenceStart, sentenceStartBefore } from "./sentenceStartBefore.ts";
import { subjectForm } from "./subjectForm.ts";

// The last sentence before `at` that opens with a document as its subject ("The report said …"), within
// the two sentences before it.
function lastDocumentSubject(text: string, at: number, lex: QuoteLexicon): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, at - 600), at);
  // ("Mr Crosby's statement said: … It added:": an owner in the possessive opens it too)
  const opens = [
    ...before.matchAll(
      /(?:^|[.!?]["”’]?\s+)((?:The|(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}\p{L}*['’]s)\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))[\s,]/gu,
    ),
  ];
  for (const m of opens.reverse()) {
    if (!isDocumentHead(m[2], lex)) continue;
    const start = Math.max(0, at - 600) + m.index + m[0].length - m[1].length - 1;
    // (only within the last two sentences)
    if ((text.slice(start, at).match(/[.!?]["”’]?\s/g) ?? []).length > 2) return null;
    return { start, end: start + m[1].length };
  }
  return null;
}

// "he", "she": the nearest named subject of that gender before it (not a fronted topic, a possessor or a
// name inside a relative clause).
function personPronoun(ctx: SpeakerContext, gender: string): Attribution {
  const { text, ents, s, phrase } = ctx;
  // "Mr Blair has failed to tackle these problems, he claimed": a pronoun set off after its clause does not
  // refer to a name inside what it reports.
  const sentenceStart = sentenceStartBefore(text, s);
  const reported = /,\s*$/.test(text.slice(sentenceStart, s));
  const m = nearest(ents.mentions, s, (x) => {
    if (reported && x.start >= sentenceStart) return false;
    // "According to Mandaric, Redknapp vowed …": the source speaks, the subject of what he reports does not.
    const lead = text.slice(Math.max(0, x.start - 120), x.start);
    const source = /\baccording to\s+$/i.test(lead);
    // ("Mr Prater's sentiments were echoed by Christine Rush, … . "…," she said.": a passive's agent acts too)
    const agent = /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s+$/u.test(lead);
    if (x.kind !== "person" || !(x.subject || source || agent) || !x.named) return false;
    if (/\baccording to\s[^,.!?;:"“”]*,\s*$/i.test(lead)) return false;
    if (frontedTopic(text, x.start, x.end, s)) return false;
    // "Sylvester Stallone's ex-wife …": a possessor is not the subject.
    if (isPossessor(text, x.end)) return false;
    // "Cate Blanchett, who won for playing … Katharine Hepburn in The Aviator, said": nor is a name
    // inside a relative clause.
    if (/,\s+(?:who|whose|which)\s[^,.!?;:"“”]*$/.test(text.slice(Math.max(0, x.start - 120), x.start))) return false;
    const g = ents.fullName(x.name.split(" ")).gender;
    return !g || g === gender;
  });
  // With no subject before it, the person the article has named so far, in the possessive too ("Bill
  // Conti's job … This year marks Conti's 17th turn … "…," he says."), when there is only one and the
  // article keeps naming them (not "President Castro's chief aide said …").
  const earlier = m
    ? []
    : ents.mentions
        .filter((x) => x.kind === "person" && x.named && x.end <= s)
        .map((x) => ents.fullName(x.name.split(" ")))
        .filter((x) => !x.gender || x.gender === gender)
        .map((x) => x.name);
  // ("Savage's future at Birmingham has been the source of speculation … . "…," he said.": a possessor
  // opening one of the last three sentences, a person of the pronoun's gender or with a first name, is who
  // they are about)
  const topic = m
    ? undefined
    : nearest(ents.mentions, s, (x) => {
        if (x.kind !== "person" || !isPossessor(text, x.end) || sentenceStartBefore(text, x.start + 1) !== x.start)
          return false;
        if ((text.slice(x.end, s).match(/[.!?]["”’]?\s/g) ?? []).length > 3) return false;
        const who = ents.fullName(x.name.split(" "));
        return who.gender === gender || (!who.gender && ctx.lex.firstNames.has(who.tokens[0].toLowerCase()));
      });
  if (topic) {
    const person = ents.fullName(topic.name.split(" "));
    return ctx.at(person.name, "person", person.role);
  }
  const named = [...new Set(earlier)];
  if (!m && (named.length !== 1 || earlier.length < 2 || ents.mentions.filter((x) => x.name === named[0]).length < 4))
    return ctx.at(phrase, "person");
  const person = ents.fullName(m ? m.name.split(" ") : named[0].split(" "));
  return ctx.at(person.name, "person", person.role);
}

// "it": the nearest organisation subject before it, or a document opening a later sentence.
function organisationPronoun(ctx: SpeakerContext): Attribution {
  const { text, ents, lex, s, e, phrase } = ctx;
  // ("The figures collected by the Mobile Data Association showed … . …, it said.": a participle's agent acts too)
  const agent = (x: { start: number }) =>
    /(?<![\p{L}])\p{Ll}+(?:ed|en)\s+by\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, x.start - 40), x.start));
  const m = nearest(
    ents.mentions,
    s,
    (x) =>
      (x.kind === "organization" || loneName(text, ents, lex, x)) &&
      (x.subject || (agent(x) && !x.quoted)) &&
      !lex.places.has(x.name.toLowerCase()),
  );
  // "The report said … . It also said …": a document opening a later sentence is what "it" stands for.
  const docAt = lastDocumentSubject(text, s, lex);
  if (docAt && (!m || docAt.start > m.end)) {
    const document = ctx.resolve(docAt.start, docAt.end);
    if (document) return { ...document, speaker_start: s, speaker_end: e };
  }
  // "the company set up a fund …, but it later admitted …": an organisation's description earlier in the
  // sentence, after the nearest named one.
  const description = descriptionBefore(text, s, lex);
  if (description && (!m || description.start > m.end)) {
    const organisation = ctx.resolve(description.start, description.end);
    if (organisation?.speaker_type === "organization") return { ...organisation, speaker_start: s, speaker_end: e };
  }
  // ("The inquiry, chaired by …, was set up in 2020 … . It initially estimated …": a body's description opening the
  // sentence before one that "it" opens, after the nearest named one)
  if (sentenceStartBefore(text, s) === s) {
    const before = previousSentenceStart(text, s);
    const opening = /^The\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+)(?=[\s,])/u.exec(text.slice(before, before + 80));
    if (opening && (lex.orgHeads.has(opening[1]) || lex.bodyHeads.has(opening[1])) && (!m || before > m.end)) {
      const body = ctx.resolve(before, before + opening[0].length);
      if (body?.speaker_type === "organization") return { ...body, speaker_start: s, speaker_end: e };
    }
  }
  if (!m) return ctx.at(phrase, "organization");
  return ctx.at(m.name, "organization");
}

/**
 * A lone pronoun ("he", "it", "they", "quoted him as saying"): the person or organisation it stands for,
 * "they" as written (left to the refiners), and no speaker for any other pronoun; a person's document ("his
 * report") is that person's.
 */
export function pronounReferent(ctx: SpeakerContext): Attribution | null | undefined {
  const { lex, core, lastWord, lowers } = ctx;
  // "his report said", "her new book says": the person the possessive stands for wrote it (else the document
  // speaks, unnamed).
  if (core.length >= 2 && core.length <= 4 && /^(?:his|her)$/.test(lowers[0]) && isDocumentHead(lastWord.lower, lex)) {
    const who = personPronoun(ctx, lex.pronouns.get(lowers[0] === "his" ? "he" : "she")?.gender ?? "");
    return who.speaker === ctx.phrase ? ctx.unnamed(ctx.phrase) : who;
  }
  // "quoted him as saying": an object pronoun stands for its subject form.
  const pronoun = core.length === 1 ? subjectForm(lastWord.lower) : "";
  if (!(core.length === 1 && lex.pronouns.has(pronoun))) return undefined;
  const p = lex.pronouns.get(pronoun);
  if (p?.kind === "person" && p.gender) return personPronoun(ctx, p.gender);
  if (p?.kind === "organization") return organisationPronoun(ctx);
  // "they": left to the refiners, which look for the previous speaker.
  if (p?.kind === "plural" && pronoun === "they") return ctx.unnamed(ctx.phrase);
  return null;
}
