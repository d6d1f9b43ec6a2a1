import type { QuoteCandidate } from "../types.ts";
import { cueAt } from "./cueAt.ts";
import { cueText } from "./cueText.ts";
import { sentenceSubject, subjectAfter, subjectBefore, type Phrase } from "./phrases.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { QuoteSpan } from "./quoteSpans.ts";
import { quotedAs } from "./quotedAs.ts";
import { missingFullStop } from "./missingFullStop.ts";
import { nearest } from "./nearest.ts";
import { resolveSpeaker, type Attribution } from "./resolveSpeaker.ts";
import { words, type Word } from "./words.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";

let ownedPattern: RegExp | undefined;

const DETERMINERS = lexiconSet("determiners");
const FEELING = lexiconSet("quotes/feeling-cues");
const SAID_IN = lexiconSet("quotes/said-in-nouns");

interface Found {
  who: Attribution;
  cue: string;
  rule: string;
}

function attribute(ctx: QuoteContext, phrase: Phrase | null): Attribution | null {
  if (!phrase) return null;
  return resolveSpeaker(ctx.text, phrase.start, phrase.end, ctx.ents, ctx.lex, phrase.appositive);
}

// Attribution written before the opening mark: `Ms Hewitt said: "`, `he told BBC Radio: "`.
function fromBefore(ctx: QuoteContext, from: number, to: number, sentenceStart = from): Found | null {
  const owner = ownedMessage(ctx, sentenceStart, to);
  if (owner) return owner;
  const found = cueBefore(ctx, from, to);
  // "… conceded there were "grey areas" but said "these …"": a coordinated cue shares the subject.
  // ('…thanked "all the members", adding: "…"': a participle after a quotation shares it too.)
  if (
    !found &&
    sentenceStart < from &&
    (/\b(?:and|but)\s+\p{Ll}+\W*$/u.test(ctx.text.slice(from, to)) ||
      /^\W*\p{Ll}+ing\W*$/u.test(ctx.text.slice(from, to)) ||
      // ('… a general "hostility" towards classical music, adding: "…"')
      /,\s*\p{Ll}+ing\s*:\W*$/u.test(ctx.text.slice(from, to)) ||
      // ('Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "…"': a quoted
      // phrase inside the subject's appositive)
      /^[^,.;:!?]*,\s+(?:\p{Ll}+\s+){0,3}\p{Ll}+\s*:\s*$/u.test(ctx.text.slice(from, to)))
  )
    return cueBefore(ctx, sentenceStart, to);
  return found ?? colonIntroduced(ctx, sentenceStart, to);
}

// 'His message to the chancellor was: "Please don't …"': the owner of a message, verdict or advice (lexicon
// `quotes/message-nouns`) introduces it; a possessive pronoun is the person or organisation the text last had
// speak or act.
function ownedMessage(ctx: QuoteContext, from: number, to: number): Found | null {
  const { text, ents, lex } = ctx;
  if (!/^\s*["“]\p{Lu}/u.test(text.slice(to, to + 3))) return null;
  ownedPattern ??= new RegExp(
    `^\\s*(?:(?:and|but|so)\\s+)?((?:his|her|their|its)|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*['’]s?)\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(${lexicon("quotes/message-nouns").join("|")})s?(?:\\s+(?:to|for|on)\\s+[^:;"“”]{1,40})?\\s+(?:was|is|were|remains|remained)\\s*:\\s*$`,
    "iu",
  );
  const owned = ownedPattern.exec(text.slice(from, to));
  if (!owned) return null;
  const at = from + owned[0].indexOf(owned[1]);
  let who: Attribution | null;
  if (/^(?:his|her|their|its)$/i.test(owned[1])) {
    const person = /^(?:his|her)$/i.test(owned[1]);
    const referent = nearest(
      ents.mentions,
      at,
      (x) => (person ? x.kind === "person" && x.named : x.kind === "organization") && (x.speaks || x.subject),
    );
    who = referent ? resolveSpeaker(text, referent.start, referent.end, ents, lex) : null;
  } else who = resolveSpeaker(text, at, at + owned[1].replace(/['’]s?$/u, "").length, ents, lex);
  return who && who.speaker_type !== "anonymous" ? { who, cue: owned[2], rule: "quote-marks+owned-message" } : null;
}

// 'He also praised the film director: "Thank you …"', 'Mr McLetchie asked: "Would it not …?"': a sentence
// whose subject is a person and whose verb ends at a colon right before the quotation introduces that
// person's words, cue or not. (The quotation must open a sentence of its own: `found three faults: "poor
// management", …` is a list of terms.)
function colonIntroduced(ctx: QuoteContext, from: number, to: number): Found | null {
  const { text } = ctx;
  if (!/:\s*$/.test(text.slice(from, to)) || !/^\s*["“]\p{Lu}/u.test(text.slice(to, to + 3))) return null;
  const subject = sentenceSubject(ctx, from, to);
  if (!subject) return null;
  // ("Anne Weyman, chief executive of the Family Planning Association, asked: "…"": past an appositive set off by
  // commas)
  const lastComma = text.lastIndexOf(",", to);
  const restFrom = /^\s*,/.test(text.slice(subject.end, to)) && lastComma > subject.end ? lastComma + 1 : subject.end;
  const rest = words(text, restFrom, to);
  // (a cue in the sentence had its chance: `Glazer owns a stake, and United's statement said: "…"`)
  if (rest.some((_, k) => cueAt(rest, k, ctx.lex)?.cls === "speech")) return null;
  const verb = rest.find((w) => !/ly$|^(?:also|then|again|still|later|too)$/.test(w.lower));
  if (!verb || !/^\p{Ll}+$/u.test(verb.text) || !/(?:ed|[^s]s)$/.test(verb.text)) return null;
  const who = attribute(ctx, subject);
  // (an organisation only before a whole quoted sentence: 'AS offers one undeniable viewpoint: "Spanish
  // football players played better football than the English."', not a list of named things)
  const span = ctx.spans.find((x) => x.open === to);
  const quoted = span ? text.slice(span.start, span.end) : "";
  const sentence = /[.!?]["”’]?\s*$/.test(quoted) && quoted.split(/\s+/).length >= 5;
  // (and one named before: not "Ballot papers: "Should the United Kingdom …?"")
  const known = who !== null && ctx.ents.mentions.some((x) => x.name === who.speaker && x.end < subject.start);
  if (!who || !(who.speaker_type === "person" || (who.speaker_type === "organization" && sentence && known)))
    return null;
  return { who, cue: verb.text, rule: "quote-marks+colon-introduced" };
}

// "But told BBC News: "…"": a cue with its subject left out shares the previous sentence's.
function elidedSubject(ctx: QuoteContext, cue: number): Phrase | null {
  const sentence = ctx.sentenceAt(cue);
  if (!sentence || sentence.index === 0 || !/^\s*(?:But|And|Yet)\s+$/.test(ctx.text.slice(sentence.start, cue)))
    return null;
  const prev = ctx.doc.sentences[sentence.index - 1];
  return prev.paragraph === sentence.paragraph ? sentenceSubject(ctx, prev.start, prev.end) : null;
}

function cueBefore(ctx: QuoteContext, from: number, to: number): Found | null {
  const ws = words(ctx.text, from, to).filter((w) => !ctx.quoteAt(w.start));
  // ("… gives the Gunners hope for the second leg, but Wenger said: "…"": a finite cue right before the colon,
  // its subject set off by a comma, governs the quotation before any earlier one; not "He said the man
  // shouted:", inside the earlier report, nor a participle sharing the earlier cue's subject.)
  const order = ws.map((_, k) => k);
  const colon = ws.findLastIndex((w) => /^\s*:\s*["“‘']?\s*$/.test(ctx.text.slice(w.end, to)));
  const boundary = ws.findLastIndex((w, k) => k < colon && /,/.test(ctx.text.slice(w.end, ws[k + 1].start)));
  if (
    colon > 0 &&
    boundary >= 0 &&
    /^\p{Ll}/u.test(ws[colon].text) &&
    !/ing$/.test(ws[colon].lower) &&
    cueAt(ws, colon, ctx.lex)?.cls === "speech" &&
    !ws.slice(boundary + 1, colon).some((_, k) => cueAt(ws, boundary + 1 + k, ctx.lex))
  )
    order.unshift(...order.splice(colon, 1));
  for (const i of order) {
    const c = cueAt(ws, i, ctx.lex);
    if (!c || c.cls === "predicative" || c.cls === "object" || c.cls === "according") continue;
    // ("Secretary of State for the Family": a capitalised word inside a name is not a cue.)
    if (i > 0 && /^\p{Lu}/u.test(ws[i].text)) continue;
    // ("when he surprised MPs by announcing Mr Smith's departure, Mr Johnson said: "…"": a participle after a
    // preposition is an adjunct when a later cue introduces the quotation.)
    if (
      i > 0 &&
      /ing$/.test(ws[i].lower) &&
      /^(?:by|after|before|when|while|on|in|since|without)$/.test(ws[i - 1].lower) &&
      ws.some((_, k) => k > i + 1 && ["speech", "recipient"].includes(cueAt(ws, k, ctx.lex)?.cls ?? ""))
    )
      continue;
    // ('the festival feels "particularly indebted to"': quoted words right after a cue of feeling are its
    // complement, not speech.)
    if (FEELING.has(ws[i].lower) && /^\s*["“‘']?$/.test(ctx.text.slice(ws[i].end, to))) continue;
    // "Said Mr Fogg: "…"": a capitalised cue opening the sentence puts its speaker after it.
    // ("Explaining his reason, Mr X said:" is a participle sharing the later cue's subject.)
    if (i === 0 && /^\p{Lu}/u.test(ws[0].text) && c.cls === "speech" && !/ing$/.test(ws[0].lower)) {
      const after = attribute(ctx, subjectAfter(ctx, ws[0].end, to));
      if (after) return { who: after, cue: cueText(ctx, ws[0].start, ws[0].end, false), rule: "quote-marks+cue-first" };
    }
    // "The News of the World reports that Anelka told a magazine: "…"": the cue inside the reported
    // clause governs the quotation.
    const that = ws.findIndex((w, k) => k > i && w.lower === "that");
    if (that > 0) {
      for (let m = that + 2; m < ws.length; m++) {
        const inner = cueAt(ws, m, ctx.lex);
        if (!inner || (inner.cls !== "speech" && inner.cls !== "recipient")) continue;
        const own = attribute(ctx, subjectBefore(ctx, ws[that].end, ws[m].start));
        if (own)
          return {
            who: own,
            cue: cueText(ctx, ws[m].start, ws[m + inner.n - 1].end, inner.cls === "recipient"),
            rule: "quote-marks+cue-before",
          };
        break;
      }
    }
    // "Groening heaped praise on The Office, saying: "…"": a participle shares its sentence's subject.
    // (…with or without its comma: "Plus.net also backed the proposals saying "…"".)
    // ("Dunne is keen to move on and said: "…"": a cue coordinated with the sentence's verb shares its subject.)
    const participle =
      i > 0 &&
      (/ing$/.test(ws[i].lower) ||
        // ("Morgan met with Sherman to pledge to "…"": an infinitive of purpose shares the subject)
        (ws[i - 1].lower === "to" && ctx.lex.commissiveCues.has(ws[i].lower)) ||
        (/^(?:and|but)$/.test(ws[i - 1].lower) && /[:,]\s*["“]?$/.test(ctx.text.slice(from, to))))
        ? sentenceSubject(ctx, from, ws[i].start)
        : null;
    // ("However, Edu played down the incidents, adding: "…"": the sentence's subject when the phrase before a
    // participle names no one)
    const who =
      attribute(
        ctx,
        quotedAs(ctx.text, from, ws[i].start) ??
          subjectBefore(ctx, from, ws[i].start) ??
          participle ??
          elidedSubject(ctx, ws[i].start),
      ) ?? (participle ? attribute(ctx, participle) : null);
    if (who)
      return {
        who,
        cue: cueText(ctx, ws[i].start, ws[i + c.n - 1].end, c.cls === "recipient"),
        rule: "quote-marks+cue-before",
      };
  }
  return null;
}

// "- Brentford boss Martin Allen: "…"": a paragraph opening with a named speaker and a colon, no cue.
function nameColon(ctx: QuoteContext, from: number, to: number, paraStart: number): Found | null {
  if (from !== paraStart) return null;
  const m = /^[\s\-–—•*]*((?:[\p{L}'’.-]+\s+){0,7}\p{Lu}[\p{L}'’.-]+)\s*:\s*$/u.exec(ctx.text.slice(from, to));
  if (!m) return null;
  const start = from + m[0].indexOf(m[1]);
  const who = resolveSpeaker(ctx.text, start, start + m[1].length, ctx.ents, ctx.lex);
  // Only a person named in full ("Harry Redknapp"), not a label ("WATCH:", "Read more:").
  if (!who || who.speaker_type !== "person" || !who.speaker.includes(" ")) return null;
  return { who, cue: ":", rule: "quote-marks+name-colon" };
}

// "read" or "reads" with a document named right before it or, opening the attribution, in the few words after.
// ('…," the post read', "Morquendi's message read": or what words are said in, lexicon `quotes/said-in-nouns`)
function readsDocument(ws: Word[], i: number, lex: QuoteContext["lex"]): boolean {
  if (ws[i].lower !== "read" && ws[i].lower !== "reads") return false;
  const head = (w: Word) => lex.documentHeads.has(w.lower) || SAID_IN.has(w.lower);
  return (i > 0 && head(ws[i - 1])) || (i === 0 && ws.slice(1, 5).some(head));
}

// Attribution written after the closing mark: `…," Sajjan said`, `…," said Garneau`, `… — Sajjan`.
function fromAfter(ctx: QuoteContext, from: number, to: number, heading: boolean): Found | null {
  const { text } = ctx;
  const dash = /^\s*([—–-])\s*(\p{Lu}[\p{L}\p{M}'’ .-]*?)\s*$/u.exec(text.slice(from, to));
  if (dash && heading) {
    const start = from + dash.index + dash[0].indexOf(dash[2]);
    const who = resolveSpeaker(text, start, start + dash[2].length, ctx.ents, ctx.lex);
    if (who) return { who, cue: dash[1], rule: "quote-marks+dash" };
  }
  const ws = words(text, from, to);
  for (let i = 0; i < Math.min(ws.length, 24); i++) {
    // ('…," Secretary of State Antony Blinken said': a capitalised word past the first is a name's, not a cue)
    if (i > 0 && /^\p{Lu}/u.test(ws[i].text)) continue;
    // ('…," smiles one broker', '…," continued Mr Ross': a cue only where an attribution ends also opens one
    // right after the quotation)
    // ('…," a BBC statement read', '…," reads a telephone memo for Mr Heath': "read" with a document as its subject)
    const c =
      cueAt(ws, i, ctx.lex) ??
      ((i === 0 && ws.length > 1 && ctx.lex.directCues.has(ws[0].lower)) || readsDocument(ws, i, ctx.lex)
        ? { cls: "speech" as const, n: 1 }
        : null);
    // Right after the quotation, "asked" and "urged" attribute it too ("…?" he asked).
    // ('"…?" the Labour MP for Birkenhead asked': after a question, further on too.)
    const question = /\?["”’]?\s*$/.test(text.slice(Math.max(0, from - 3), from));
    if (!c || c.cls === "predicative" || (c.cls === "object" && i > 1 && !(question && ws[i].lower === "asked")))
      continue;
    // ('…," the report said': a cue word after a determiner is a noun)
    if (i > 0 && DETERMINERS.has(ws[i - 1].lower)) continue;
    // ('…," Ahmad, who asked that his name not be used for fear of reprisals, said': after a preposition too)
    if (i > 0 && /^(?:for|of|in|with|without|from|by)$/.test(ws[i - 1].lower)) continue;
    if (c.cls === "according") {
      // "…," according to the ministry.
      if (i > 0) return null;
      const who = attribute(ctx, subjectAfter(ctx, ws[i + 1].end, to));
      return who ? { who, cue: text.slice(ws[i].start, ws[i + 1].end), rule: "quote-marks+according-to" } : null;
    }
    const cue = cueText(ctx, ws[i].start, ws[i + c.n - 1].end, c.cls === "recipient");
    // "…," AP quoted prosecutor Russell McGuire as saying: the one quoted is the speaker.
    const quoted = quotedAs(text, from, ws[i].start);
    if (quoted) {
      const who = attribute(ctx, quoted);
      return who ? { who, cue, rule: "quote-marks+quoted-as" } : null;
    }
    if (i === 0) {
      const who = attribute(ctx, subjectAfter(ctx, ws[i + c.n - 1].end, to));
      return who ? { who, cue, rule: "quote-marks+cue-speaker" } : null;
    }
    // "…a year." And Gordon Brown said the figures did not add up.": after a quotation that ends
    // its sentence, a cue followed by its own clause starts a new report.
    const own = ws[i + c.n];
    const ended = /[.!?]\s*["”]?$/.test(text.slice(Math.max(0, from - 3), from));
    // ('… a great year. " Hayes said: "Knowing …"': after a quotation that ends its sentence, a cue with a
    // colon introduces the next quotation.)
    if (ended && /^\s*:/.test(text.slice(ws[i + c.n - 1].end, ws[i + c.n - 1].end + 3))) return null;
    if (
      ended &&
      own &&
      // ('… community. " A spokesman said Downing Street had no comment': a capitalised subject with its verb)
      (/^\p{Ll}/u.test(own.text) ||
        (c.cls === "speech" && ws.slice(i + c.n + 1, i + c.n + 5).some((y) => ctx.lex.finite.has(y.text)))) &&
      !/^(?:in|on|at|to|during|after|before|when|as|yesterday|today|last|this|earlier|later|on)$/.test(own.lower) &&
      !/^\s*[,.;:]/.test(text.slice(ws[i + c.n - 1].end, own.start))
    )
      return null;
    const who = attribute(ctx, subjectBefore(ctx, from, ws[i].start));
    return who ? { who, cue, rule: "quote-marks+speaker-cue" } : null;
  }
  return null;
}

// 'We are "expanding our network …," said Oliver Valente': a sentence that opens with a few of the
// speaker's own words and runs on into the quotation, attributed after it, is a mixed quote of the whole.
function runOn(
  ctx: QuoteContext,
  q: QuoteSpan,
  preStart: number,
  sentenceStart: number,
  post: string,
  postStart: number,
  heading: boolean,
): QuoteCandidate | null {
  const { text } = ctx;
  if (preStart !== sentenceStart || q.close < 0 || q.single || !/,\s*$/.test(text.slice(q.start, q.end))) return null;
  const ws = words(text, preStart, q.open);
  if (
    !ws.length ||
    ws.length > 4 ||
    ws.some((w) => ctx.lex.cues.has(w.lower)) ||
    !/^\s*$/.test(text.slice(ws[ws.length - 1].end, q.open))
  )
    return null;
  const found = fromAfter(ctx, postStart, postStart + post.length, heading);
  if (!found || (found.rule !== "quote-marks+cue-speaker" && found.rule !== "quote-marks+speaker-cue")) return null;
  const { who } = found;
  return {
    start: preStart,
    end: q.close + 1,
    text: text.slice(preStart, q.close + 1),
    kind: "mixed",
    speaker: who.speaker,
    speaker_type: who.speaker_type,
    role: who.role,
    cue: found.cue,
    speaker_start: who.speaker_start,
    speaker_end: who.speaker_end,
    rule: "run-on-quotation",
  };
}

/**
 * Direct quotes: quotation spans that stand as speech (they open their sentence or follow a cue
 * and a colon or comma), attributed by the words before or after the marks, or by a heading dash.
 * Spans embedded in a sentence are left to `reportedSpeech` (mixed quotes) or dropped (scare quotes).
 */
export function directQuotes(ctx: QuoteContext): QuoteCandidate[] {
  const { text, spans } = ctx;
  const out: QuoteCandidate[] = [];
  spans.forEach((q: QuoteSpan, k: number) => {
    const sentence = ctx.sentenceAt(q.open);
    if (!sentence) return;
    const prev = k > 0 && spans[k - 1].paragraph === q.paragraph ? spans[k - 1] : undefined;
    const next = k + 1 < spans.length && spans[k + 1].paragraph === q.paragraph ? spans[k + 1] : undefined;
    const para = ctx.doc.paragraphs[q.paragraph];
    const preStart = Math.max(sentence.start, prev ? (prev.close >= 0 ? prev.close + 1 : prev.end) : para.start);
    const pre = text.slice(preStart, q.open);
    const closeAt = q.close >= 0 ? q.close : q.end;
    const closeSentence = ctx.sentenceAt(Math.max(closeAt - 1, q.start)) ?? sentence;
    const postStart = q.close >= 0 ? q.close + 1 : q.end;
    // '"…give to the nation?" Frank Field asked.': after a question or exclamation the attribution is split
    // off as a short sentence of its own.
    const after = ctx.doc.sentences[closeSentence.index + 1];
    const splitOff =
      /[?!]\s*$/.test(text.slice(q.start, q.end)) &&
      after !== undefined &&
      after.start - postStart <= 2 &&
      words(text, after.start, after.end).length <= 8 &&
      words(text, after.start, after.end).some((w) => ctx.lex.cues.has(w.lower) || w.lower === "asked");
    const postEnd = Math.min(
      Math.max(splitOff ? after.end : closeSentence.end, postStart),
      next ? next.open : para.end,
      para.end,
    );
    const post = text.slice(postStart, postEnd);
    const heading = !/[.!?]["”’]?$/.test(text.slice(para.start, para.end)) && para.end - para.start < 160;
    const preTrim = pre.trim();
    let found: Found | null = null;
    // A span reopened after a quotation that did not end a sentence is a quote inside a quote.
    const nested = prev !== undefined && prev.close < 0 && !/[.!?…]$/.test(text.slice(prev.start, prev.end));
    if (nested) return;
    // (': "I joined Island Records in 1977 …"': a paragraph opened by a bare colon, an interview's answer)
    let standalone = /^[([—–-]*$/.test(preTrim) || (preTrim === ":" && preStart === para.start);
    // "Sajjan said:" closing the previous paragraph introduces this one.
    if (standalone && !prev && preStart === para.start && q.paragraph > 0) {
      const before = ctx.doc.paragraphs[q.paragraph - 1];
      const last = ctx.sentenceAt(before.end - 1);
      if (!before.furniture && last && /:\s*$/.test(text.slice(last.start, before.end)))
        found = fromBefore(ctx, last.start, before.end);
    }
    if (!standalone && /[:,]$/.test(preTrim)) {
      found =
        fromBefore(ctx, preStart, q.open, sentence.start) ??
        nameColon(ctx, preStart, q.open, para.start) ??
        // '"…," said Mr Gerolami, "but we're optimistic …"': a quotation broken by its attribution goes on.
        (prev !== undefined && prev.close >= 0 && preTrim.endsWith(",")
          ? fromAfter(ctx, preStart, preStart + pre.lastIndexOf(","), false)
          : null);
      standalone = found !== null;
    }
    // '… said "the plan is dead," adding that …': a participle cue after the mark shares the speaker.
    const participle = /,\s*$/.test(text.slice(q.start, q.end) + post.slice(0, 1))
      ? /^,?\s+(\p{Ll}+ing)\b/u.exec(post)
      : null;
    if (!standalone && (/^[\s.,;!?]*$/.test(post) || (participle && ctx.lex.cues.has(participle[1])))) {
      // "Morgan also agreed that “a new … Federation.”", "but said "these are …"": the quotation
      // is the whole reported clause.
      const ws = words(text, preStart, q.open);
      const i = /\b(?:that|to)$/i.test(preTrim) ? ws.length - 2 : ws.length - 1;
      const c = i >= 0 ? cueAt(ws, i, ctx.lex) : null;
      // ('met … to pledge to "maintain close coordination …"': a promise's quoted infinitive)
      const promise = c?.cls === "object" && ctx.lex.commissiveCues.has(ws[i].lower) && /\bto$/i.test(preTrim);
      if (c && (c.cls === "speech" || promise)) {
        found = fromBefore(ctx, preStart, ws[i].end + 1, sentence.start);
        standalone = found !== null;
      }
    }
    // ('… doubts about his future "I think Sean's situation is …," he said': a full stop missing before it)
    if (!standalone && missingFullStop(ctx, q, preStart)) {
      found = fromAfter(ctx, postStart, postEnd, heading);
      standalone = found !== null;
    }
    if (!standalone) {
      const leadIn = runOn(ctx, q, preStart, sentence.start, text.slice(postStart, postEnd), postStart, heading);
      if (leadIn) out.push(leadIn);
      return;
    }
    if (q.single && !heading && !found) {
      const after = fromAfter(ctx, postStart, postEnd, heading);
      if (!after) return;
    }
    if (!found) found = fromAfter(ctx, postStart, postEnd, heading);
    // A quotation followed by other words and no cue is a title or a scare quote, not speech.
    // (A quotation that ends its sentence may be followed by the next one: `…a year." And …`.)
    const ended = /[.!?]\s*$/.test(text.slice(q.start, q.end)) && /^\s+\p{Lu}/u.test(post);
    if (!found && !ended && /[\p{L}\p{N}]/u.test(post.replace(/^[\s,.;:!?)]+/, "").slice(0, 1)) && q.close >= 0) return;
    if (q.single && !found) return;
    const who = found?.who;
    out.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: "direct",
      speaker: who?.speaker ?? null,
      speaker_type: who?.speaker_type ?? null,
      role: who?.role ?? null,
      cue: found?.cue ?? null,
      speaker_start: who?.speaker_start ?? null,
      speaker_end: who?.speaker_end ?? null,
      rule: found?.rule ?? "quote-marks",
    });
  });
  return out;
}
