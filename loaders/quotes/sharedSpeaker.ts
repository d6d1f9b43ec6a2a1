import { lexiconSet } from "../lexicon/lexicon.ts";
import { COPULA } from "./copula.ts";
import { cueAt } from "./cueAt.ts";
import type { CueSite } from "./cueSite.ts";
import { mostNamed } from "./mostNamed.ts";
import { sentenceSubject, subjectAfter, subjectBefore, type Phrase } from "./phrases.ts";
import type { Report } from "./report.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import { words, type Word } from "./words.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

const NOUN_BEFORE = lexiconSet("quotes/noun-markers");
const OBJECT_PRONOUNS = lexiconSet("quotes/hearers");
const CAUSATIVES = lexiconSet("quotes/causatives");
const STANCE = lexiconSet("quotes/cues-adjectival");
const DAY = new RegExp(`^${weekdayPattern}$`);

/** The speaker a participle, infinitive or coordinated cue shares; `head` is the coordinated report it joins. */
export interface SharedSpeaker {
  head: Report | null;
  subject: Phrase | null;
  who: Attribution | null;
}

// "…, leading him to quip he was …", "prompting Ms Hewitt to say …": the object of a causative speaks.
function causativeObject({ ctx, s, w, all, at, prevWord }: CueSite): Phrase | null {
  const objectEnd = at - 1;
  let objectStart = objectEnd - 1;
  while (objectStart > 0 && /^\p{Lu}/u.test(all[objectStart]?.text ?? "") && /^\p{Lu}/u.test(all[objectStart - 1].text))
    objectStart--;
  // ("has prompted a Labour donor to say …": a short indefinite description, whom the article may name next)
  const article = all.findLastIndex(
    (y, k) => k >= objectEnd - 4 && k < objectEnd - 1 && /^(?:a|an|one)$/.test(y.lower),
  );
  if (prevWord?.lower === "to" && article > 0 && CAUSATIVES.has(all[article - 1].lower)) objectStart = article;
  if (!(
    prevWord?.lower === "to" &&
    objectStart >= 1 &&
    CAUSATIVES.has(all[objectStart - 1].lower) &&
    (OBJECT_PRONOUNS.has(all[objectStart].lower) || /^\p{Lu}/u.test(all[objectStart].text) || objectStart === article)
  ))
    return null;
  const object = { start: all[objectStart].start, end: all[objectEnd - 1].end, appositive: null };
  // ("…the prize to Robbie Williams …, leading him to quip": "him" is the person just named.)
  // (of several, the one the article names most: "to Robbie Williams dressed as … Howard Donald")
  const inSentence = ctx.ents.mentions.filter(
    (m) => m.kind === "person" && m.start >= s.start && m.end <= object.start,
  );
  const named = OBJECT_PRONOUNS.has(all[objectStart].lower) ? mostNamed(ctx.ents, inSentence, w.start) : undefined;
  return named ? { start: named.start, end: named.end, appositive: null } : object;
}

// '"We will win," said Smith, adding that …', 'X "made errors," he told the court, saying …':
// a participle shares the subject of the sentence's earlier cue.
function earlierCue(x: CueSite, participle: boolean): [Phrase | null, Attribution | null] | null {
  const { ctx, outside, from, w } = x;
  const { text, lex } = ctx;
  for (let k = x.idx - 1; k >= 0; k--) {
    const prior = cueAt(outside, k, lex);
    if (!prior || prior.cls === "according" || NOUN_BEFORE.has(outside[k - 1]?.lower ?? "")) continue;
    // ("Mr Campbell then e-mailed Mr McFadyen pointing out the mistake, but suggesting …": a participle
    // shares the subject itself)
    if (/ing$/.test(outside[k].lower) && !/^\s*,/.test(text.slice(outside[k - 1]?.end ?? 0, outside[k].start)))
      continue;
    const priorSubj = subjectBefore(ctx, from, outside[k].start) ?? subjectAfter(ctx, outside[k].end, w.start);
    // ("Ashbury said the service would ask Ottawa …, calling …": a cue inside an earlier cue's report, whose
    // "subject" runs through that cue, is not the one the participle shares)
    if (priorSubj && words(text, priorSubj.start, priorSubj.end).some((y) => lex.cues.has(y.lower))) continue;
    const priorWho = priorSubj
      ? resolveSpeaker(text, priorSubj.start, priorSubj.end, ctx.ents, lex, priorSubj.appositive)
      : null;
    return priorWho || !participle ? [priorSubj, priorWho] : null;
  }
  return null;
}

// A name after an absolute "with", right before a participle.
const WITH_SUBJECT = /\bwith\s+((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,4}?\s+\p{Lu}[\p{L}'’.-]*)\s+$/u;

// The last clause opened by "while", "whereas", "although", "though", ", but" or ", and" and a named, described or
// pronoun subject ("…, while a Ukrainian military attaché in London put the number at …, saying …").
const WHILE_CLAUSE =
  /,\s+(?:while|whereas|although|though|but|and)\s+(?=(?:the\s+)?\p{Lu}|(?:he|she|it|they|we)\s|(?<=(?:while|whereas|although|though)\s+)an?\s)(?![\s\S]*,\s+(?:while|whereas|although|though|but|and)\s)/u;

/**
 * Who speaks for a participle, infinitive or coordinated cue ("…, saying …", "to suggest …", "and said …"):
 * the speaker of the report it is coordinated with, else its sentence's subject, a causative's object or an
 * earlier cue's speaker; null when the cue is none of these.
 */
export function sharedSpeaker(x: CueSite): SharedSpeaker | null {
  const { ctx, w, all, at, prevWord, from } = x;
  const { text, lex } = ctx;
  // ("… but had thought it was too gloomy": an auxiliary between the conjunction and the cue too)
  const conjunction = (y: Word | undefined) => y !== undefined && (y.lower === "and" || y.lower === "but");
  // ("… and also said they planned …": "also" between them too)
  // ("… but on Wednesday said …": or the day)
  const between =
    DAY.test(prevWord?.text ?? "") && all[at - 2]?.lower === "on"
      ? 2
      : /^(?:had|has|have|would|also)$/.test(prevWord?.lower ?? "") ||
          // ("… and is hopeful she will be granted a place": a stance adjective's copula, outside any report; in
          // "said she was proud … but was concerned …" it is the report's own words)
          (STANCE.has(w.lower) && COPULA.test(prevWord?.lower ?? "") && !x.earlier.some((r) => r.who))
        ? 1
        : 0;
  const coordinated = conjunction(prevWord) || (between > 0 && conjunction(all[at - 1 - between]));
  const ing = /ing$/.test(w.lower);
  if (!(prevWord && (prevWord.lower === "to" || coordinated || ing))) return null;
  // ("said the industry was predicting that …": a progressive inside another report belongs to its own clause's
  // subject; not "The TUC is calling on …", the sentence's own verb)
  if (ing && /^(?:is|are|was|were|be|been|being|am)$/.test(prevWord.lower) && x.earlier.some((r) => r.who)) return null;
  const head = coordinated ? ([...x.earlier].reverse().find((r) => r.who) ?? null) : null;
  if (head) return { head, subject: head.subject, who: head.who };
  // ("Thailand has said …, while India has also rejected aid, saying it can cope"; "…, although Kenyan officials
  // have put the figure at close to 80,000, saying …"; "Smoke drifted …, and the
  // Department … issued an advisory, saying …": a participle shares the subject of its own clause after "while" or
  // ", and", not the earlier cue's)
  const own = ing ? WHILE_CLAUSE.exec(text.slice(from, w.start)) : null;
  let subject = sentenceSubject(ctx, own ? from + own.index + own[0].length : from, w.start);
  let who = subject ? resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex) : null;
  // ("… despite recovering from injury with Rovers boss Mark Hughes claiming it had been …": an absolute "with"
  // gives the participle a subject of its own)
  const absolute = ing ? WITH_SUBJECT.exec(text.slice(from, w.start)) : null;
  if (absolute) {
    const start = from + absolute.index + absolute[0].indexOf(absolute[1]);
    subject = { start, end: start + absolute[1].length, appositive: null };
    who = resolveSpeaker(text, subject.start, subject.end, ctx.ents, lex);
  }
  const object = causativeObject(x);
  if (object) {
    subject = object;
    who = resolveSpeaker(text, object.start, object.end, ctx.ents, lex);
  }
  const participle = prevWord.lower !== "to";
  const earlier =
    (participle && !((own || absolute) && who)) || !who || lex.pronouns.has(who.speaker.toLowerCase())
      ? earlierCue(x, participle)
      : null;
  if (earlier) [subject, who] = earlier;
  return { head: null, subject, who };
}
