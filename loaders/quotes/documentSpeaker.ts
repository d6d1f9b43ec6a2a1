import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { isCapital } from "./capitalRuns.ts";
import { dataOwner } from "./dataOwner.ts";
import { describedBodies, isBodyName } from "./describedBodies.ts";
import type { Entities, Mention } from "./entities.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { isOutletName } from "./isOutletName.ts";
import { issuedIn } from "./issuedIn.ts";
import { loneName } from "./loneName.ts";
import { nearest } from "./nearest.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { Word } from "./words.ts";
import { headlineEnd } from "./headlineEnd.ts";

/** What resolving a document's speaker needs: the article text, its entities, the lexicon and a resolver. */
export interface Reader {
  text: string;
  ents: Entities;
  lex: QuoteLexicon;
  resolve: (start: number, end: number) => Attribution | null;
}

export const AUTHOR_AFTER = /^(?:by|from|of)$/;
// A participle of publishing right after a document's head ("a study released on Wednesday").
// The lower-case words inside a document's title ("Oxfam's Paying the Price report").
const TITLE_CONNECTORS = "the|of|and|a|in|on|for|to";
const TITLE_CONNECTOR = new RegExp(`^(?:${TITLE_CONNECTORS})$`);
const PUBLISHED = /^(?:released|published|issued|commissioned|conducted|compiled)$/;
// A participle of coming by a document ("a review obtained by the ABC", "a memo seen by Reuters").
const OBTAINED = /^(?:obtained|seen|leaked|received|acquired|viewed|reviewed)$/;
const sendingParticiples = lexiconSet("quotes/sending-participles");

const families = lexicon("quotes/document-synonyms").map((line) => line.split(/\s+/));
const researchHeads = new Set(families[0]);
const courtFilings = lexiconSet("quotes/court-filings");
const placedDocuments = lexiconSet("quotes/placed-documents");
const nonPapers = new Set(lexicon("quotes/non-paper-outlets"));
const familyOf = (head: string) => families.find((f) => f.includes(head)) ?? [head];

// "a report by two MPs committees called on Thursday …": an author described with no name, the noun phrase
// up to its verb (a plural group of two to five words, as an organisation).
function described(after: string, at: number): Mention | undefined {
  const m = /^((?:\p{Ll}+|\p{Lu}[\p{L}'’]*)(?:\s+(?:\p{Ll}+|\p{Lu}[\p{L}'’]*)){1,4}?)\s+\p{Ll}+ed\b/u.exec(after);
  if (!m || !/^(?:two|three|four|several|\d+)\s/i.test(m[1]) || !/s$/.test(m[1])) return undefined;
  const name = m[1];
  return { start: at, end: at + name.length, kind: "organization", name, subject: false, named: false, speaks: false };
}

// "a new book by Sunday Telegraph journalist Robert Peston", "a new book, Brown's Britain by …", "Mr Peston's
// book": the author the article gives a document with this head, the person named first after "by", else
// the organisation; the last such before the phrase, else the first after it. `own` limits the search to
// the phrase's own head and a later definite one ("a new book … The book by …": an indefinite introduces a
// document, it refers to none before it).
function introducedAuthor(
  text: string,
  ents: Entities,
  lex: QuoteLexicon,
  head: string,
  at: number,
  own: boolean,
): Mention | undefined {
  let byHead = introductions.get(ents);
  if (!byHead) introductions.set(ents, (byHead = new Map()));
  // ("a survey has found … The study by …": research findings under any of their names)
  const family = [...familyOf(head)].sort();
  const key = family.join(" ");
  let found = byHead.get(key);
  if (!found) byHead.set(key, (found = documentAuthors(text, ents, lex, family)));
  // (an indefinite "a new book" introduces one: only its own author, or the one a later "the book by …" gives)
  if (own) return (found.find((f) => f.start === at) ?? found.find((f) => f.start > at && f.definite))?.author;
  return (found.filter((f) => f.start <= at).pop() ?? found.find((f) => f.start > at))?.author;
}

// The mention that opens the sentence after the one `at` is in, when it is that sentence's subject.
function nextSentenceSubject(text: string, at: number, ents: Entities): Mention | undefined {
  const stop = /[.!?]["”’]?\s+/g;
  stop.lastIndex = at;
  const m = stop.exec(text);
  if (!m) return undefined;
  const start = m.index + m[0].length;
  return ents.mentions.find((x) => x.start >= start && x.subject && /^(?:the\s+)?$/i.test(text.slice(start, x.start)));
}

interface Introduction {
  start: number;
  author: Mention;
  definite: boolean;
}

/** Every document of one head the article introduces with its author, in text order (once per article). */
const introductions = new WeakMap<Entities, Map<string, Introduction[]>>();

function documentAuthors(text: string, ents: Entities, lex: QuoteLexicon, heads: readonly string[]): Introduction[] {
  const found: Introduction[] = [];
  const head = `(?:${heads.join("|")})`;
  const definite = (at: number) => /\bthe\s+(?:[\p{L}-]+\s+){0,2}$/iu.test(text.slice(Math.max(0, at - 40), at));
  const title = `(?:,\\s+\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}'’-]*|of|the|and|a|in|on|for|to))*,?)?`;
  // ("The survey of 2,640 charities in England, Scotland and Wales by the Charity Workforce Forum": past those asked)
  const sample = String.raw`(?:\s+of\s+(?:\d[\d,.]*|\p{Ll})[^.;:!?"“”]{0,80}?)?`;
  const by = new RegExp(`\\b${head}s?${title}${sample},?\\s+(?:by|from|for)\\s+([^,.;:!?"“”]*)`, "giu");
  for (const m of text.matchAll(by)) {
    const from = m.index + m[0].length - m[1].length;
    // ("a study by the Pew Internet and American Life Project found that MP3 players …": the author ends at its verb)
    // (whole words: "think-tank" holds no "think")
    const verb = [...m[1].matchAll(/(?<![\p{L}-])\p{Ll}+(?![\p{L}-])/gu)].find(
      (w) => lex.finite.has(w[0]) || lex.cues.has(w[0]),
    );
    const until = from + (verb?.index ?? m[1].length);
    const inside = ents.mentions.filter((x) => x.start >= from && x.end <= until && x.start - from <= 60);
    // "by UK think-tank Demos": the last organisation that is not a place.
    // ("by UK think-tank Demos": a lone name no one is called by is the organisation's)
    const orgs = inside
      .filter(
        (x) => (x.kind === "organization" || loneName(text, ents, lex, x)) && !lex.places.has(x.name.toLowerCase()),
      )
      .map((x) => ({ ...x, kind: "organization" as const }));
    // ("The study by US researchers, Pew Internet, suggests": a description, then the author's name in apposition)
    const after = m.index + m[0].length;
    const apposed = /^,\s+/.exec(text.slice(after, after + 3));
    const named = apposed
      ? ents.mentions.find(
          (x) =>
            x.start === after + apposed[0].length &&
            (x.kind === "organization" || x.named) &&
            !lex.places.has(x.name.toLowerCase()) &&
            /^\s*,/.test(text.slice(x.end, x.end + 2)),
        )
      : undefined;
    // (after a plural description, "US researchers", the name is an organisation's)
    const group = named && /s$/.test(m[1].trim()) ? { ...named, kind: "organization" as const } : named;
    const author =
      inside.find((x) => x.kind === "person" && x.named) ??
      orgs[orgs.length - 1] ??
      described(m[1], from) ??
      describedBodies(ents, text, lex).find((b) => b.start === from) ??
      group;
    if (author) found.push({ start: m.index, author, definite: definite(m.index) });
  }
  // "Californian Thomas Slattery filed the suit": the name that filed, brought or published the document
  // ("IT firm Dimension Data, which commissioned the survey": in a relative clause too).
  // ("Fan group Trek United has placed an advert": an advert is placed or taken out)
  const made = new RegExp(
    `(?:,\\s+(?:which|who))?\\s+(?:has\\s+|have\\s+|had\\s+)?(?:filed|brought|lodged|launched|published|released|issued|commissioned|placed|(?:taken|took)\\s+out)\\s+(?:a|an|the|its|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${head}s?)\\b`,
    "gu",
  );
  for (const m of text.matchAll(made)) {
    const author = ents.mentions.find((y) => y.end === m.index && (y.kind === "organization" || y.named));
    if (author) found.push({ start: m.index + m[0].length - m[1].length, author, definite: true });
  }
  // "…, a report says. The National Audit Office praised ministers …": a research document's first mention, with
  // nothing after it but its verb (not "a report in the Sunday Business claimed"), and the organisation that opens
  // the next sentence.
  if (heads.some((h) => researchHeads.has(h)))
    for (const m of text.matchAll(
      new RegExp(
        `\\b(?:a|an)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(${head})(?=\\s*[,.;]|\\s+(?:has\\s+)?(?:says|said|suggests|suggested|finds|found|claims|claimed|shows|showed|warns|warned|concludes|concluded)\\b)`,
        "giu",
      ),
    )) {
      const author = nextSentenceSubject(text, m.index + m[0].length, ents);
      if (author && author.kind === "organization" && !lex.places.has(author.name.toLowerCase()))
        found.push({ start: m.index + m[0].length - m[1].length, author, definite: false });
    }
  // "Robert Peston's new book": a name in the possessive before the head.
  // ("Oxfam's Paying the Price report": past the document's title too)
  const owned = new RegExp(
    `['’]s\\s+(?:(?:\\p{Lu}[\\p{L}-]*|${TITLE_CONNECTORS})\\s+){0,6}?(?:[\\p{Ll}-]+\\s+){0,2}(${head}s?)\\b`,
    "gu",
  );
  for (const m of text.matchAll(owned)) {
    // (not a time: "Thursday's report")
    const owner = ents.mentions.find((y) => y.end === m.index && !lex.timeWords.has(y.name.toLowerCase()));
    // (a lone name no one is called by owns a report as an organisation: "Oxfam's Paying the Price report")
    const author =
      owner && owner.kind === "person" && !owner.named && !owner.name.includes(" ")
        ? { ...owner, kind: "organization" as const }
        : owner;
    if (author) found.push({ start: m.index + m[0].length - m[1].length, author, definite: true });
  }
  // "Actor Bruce Willis is suing Revolution Studios … The lawsuit said": who sues brings the suit.
  if (heads.some((h) => courtFilings.has(h)))
    for (const y of ents.mentions) {
      if (y.kind === "person" ? !y.named : y.kind !== "organization") continue;
      // (active only: not "Rapper Snoop Dogg sued for 'rape'", "has been sued")
      // ("Austin Aitken is taking action against NBC": or takes legal action)
      const m =
        /^\s+(?:(?:is|are|was|were)\s+(?:suing|taking\s+(?:legal\s+)?action)|sues|takes\s+(?:legal\s+)?action|(?:has|have|had)\s+(?:sued(?!\s+(?:by|for)\b)|taken\s+(?:legal\s+)?action))\b/.exec(
          text.slice(y.end, y.end + 32),
        );
      if (m) found.push({ start: y.end + m[0].length, author: y, definite: true });
    }
  // "A Daily Telegraph poll", "the Mori survey": an organisation named right before the head (past one lower-case
  // modifier) made it.
  const named = new RegExp(`^\\s+(?:[\\p{Ll}-]+\\s+)?(${head})s?\\b`, "u");
  for (const y of ents.mentions) {
    const m = named.exec(text.slice(y.end, y.end + 40));
    if (!m || lex.timeWords.has(y.name.toLowerCase()) || lex.places.has(y.name.toLowerCase())) continue;
    if (!(y.kind === "organization" || loneName(text, ents, lex, y))) continue;
    found.push({
      start: y.end + m[0].length - m[1].length,
      author: { ...y, kind: "organization" },
      definite: definite(y.start),
    });
  }
  // "Spanish daily ABC", "sports newspaper Marca": a paper named after a press noun is the paper.
  if (heads.includes("paper") || heads.includes("newspaper"))
    for (const m of text.matchAll(
      /\b(?:daily|dailies|newspapers?|papers?|tabloids?|broadsheets?|weekly)\s+(?=\p{Lu})/gu,
    )) {
      const author = ents.mentions.find((y) => y.start === m.index + m[0].length);
      if (author) found.push({ start: m.index, author, definite: true });
    }
  return found.sort((a, b) => a.start - b.start);
}

// Where the body first names a document "the <head>" (a sentence's word, past the headline's first line), else `s`.
function firstMention(text: string, head: string, s: number): number {
  const m = new RegExp(`\\b[Tt]he\\s+${head}\\b`, "g");
  const body = headlineEnd(text);
  m.lastIndex = body < text.length ? body : 0;
  const found = m.exec(text);
  return found && found.index < s ? found.index : s;
}

/**
 * The speaker of a document phrase ("the report", "a report by the government's finance watchdog",
 * "the Gartner report", "according to the book", "reports"): the author it names or an earlier sentence
 * gave it, else the organisation the article has speak nearby, else the document itself as an unnamed
 * source. `undefined` when the phrase is not headed by a document noun.
 */
export function documentSpeaker(core: readonly Word[], context: Reader): Attribution | null | undefined {
  const { text, ents, lex, resolve } = context;
  const lowers = core.map((w) => w.lower);
  const data = dataOwner(core, context);
  if (data !== undefined) return data ?? undefined;
  // (a capitalised head inside a name is none: "A National Audit Office report")
  const doc = core.findIndex(
    (w, k) => isDocumentHead(w.lower, lex) && !(isCapital(w) && core[k + 1] !== undefined && isCapital(core[k + 1])),
  );
  // ("according to a review obtained by the ABC": who obtained, saw or leaked a document did not write it; the
  // document itself is the source)
  if (doc >= 0 && OBTAINED.test(lowers[doc + 1] ?? "") && AUTHOR_AFTER.test(lowers[doc + 2] ?? ""))
    return {
      speaker: text.slice(core[0].start, core[doc].end),
      speaker_type: "anonymous",
      role: null,
      speaker_start: core[0].start,
      speaker_end: core[doc].end,
    };
  // ("The company named in the lawsuit": a document inside a phrase about something else)
  // (but a name may hold one: "The Mail on Sunday survey")
  if (
    doc > 0 &&
    core.slice(1, doc).some((w, k) => /^(?:in|on|at|with|against|behind)$/.test(w.lower) && !isCapital(core[k]))
  )
    return undefined;
  // ("Harrowgate, which is worth … on the London Stock Exchange, has put aside …, according to its 2021 annual
  // report": the organisation that is the subject before "its" published it, not one named in between)
  if (doc > 0 && lowers[0] === "its") {
    const it = nearest(
      ents.mentions,
      core[0].start,
      (x) =>
        (x.kind === "organization" || loneName(text, ents, lex, x)) &&
        x.subject &&
        !lex.places.has(x.name.toLowerCase()),
    );
    const who = it ? resolve(it.start, it.end) : null;
    const bare = (n: string) => n.replace(/^the\s+/i, "");
    if (it && who?.speaker_type === "organization")
      return {
        ...who,
        speaker: bare(who.speaker) === bare(it.name) ? it.name : who.speaker,
        speaker_start: core[0].start,
        speaker_end: core[core.length - 1].end,
      };
  }
  const plural = doc === 0 && core.length === 1 && /s$/.test(lowers[0]) && !lex.documentHeads.has(lowers[0]);
  // "Manchester United's statement (to the stock exchange)", "the club's statement": the owner in the
  // possessive speaks (not a time: "Thursday's statement").
  // ("Mr Sands' book": a possessive in a bare apostrophe too)
  const bareApostrophe = (w: Word) => /s$/.test(w.text) && /['’]/.test(text[w.end] ?? "");
  const owner = doc > 0 ? core.slice(0, doc).findIndex((w) => /['’]s$/.test(w.text) || bareApostrophe(w)) : -1;
  // ("Lord Butler's report earlier this year into Iraq intelligence": past a time, and "into" its subject)
  let next = doc + 1;
  while (next < core.length && lex.timeWords.has(lowers[next])) next++;
  // ("Oxfam's Paying the Price report": past the document's title too)
  const titled =
    owner >= 0 &&
    doc - owner <= 8 &&
    core.slice(owner + 1, doc).every((w) => isCapital(w) || TITLE_CONNECTOR.test(w.lower));
  if (
    owner >= 0 &&
    (doc - owner <= 3 || titled) &&
    (next === core.length || /^(?:to|on|from|in|into)$/.test(lowers[next]))
  ) {
    const end = core[owner].end - (bareApostrophe(core[owner]) ? 0 : 2);
    const who = lex.timeWords.has(text.slice(core[owner].start, end).toLowerCase())
      ? null
      : resolve(core[0].start, end);
    if (who && who.speaker_type !== "anonymous")
      return { ...who, speaker_start: core[0].start, speaker_end: core[core.length - 1].end };
  }
  // ("according to a study released on Wednesday": a participle of publishing after the head)
  // ("a letter sent to Martin Mubanga": or one of sending, to its recipient)
  const published =
    doc >= 0 &&
    ((doc === core.length - 2 && PUBLISHED.test(lowers[doc + 1])) ||
      (sendingParticiples.has(lowers[doc + 1] ?? "") && lowers[doc + 2] === "to" && doc + 3 < core.length));
  // ("Last year's survey found", "Thursday's report said": a time that owns the document is a determiner)
  const timed =
    owner >= 0 &&
    core.slice(0, owner + 1).every((w) => lex.timeWords.has(w.lower.replace(/['’]s?$/, ""))) &&
    doc === owner + 1;
  // ("UK patients face longer waits for scans as diagnostic backlog grows, report says": a headline drops the article,
  // before lowercase modifiers too)
  const headline =
    doc === core.length - 1 &&
    core.length <= 3 &&
    core.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.text)) &&
    researchHeads.has(lowers[doc]) &&
    core[core.length - 1].end <= headlineEnd(text);
  if (
    doc < 0 ||
    // ("reports from Russian News Agency Interfax": a bare plural with its author too)
    !(
      plural ||
      timed ||
      headline ||
      /^(?:a|an|the|its|their)$/.test(lowers[0]) ||
      (doc === 0 && AUTHOR_AFTER.test(lowers[1] ?? ""))
    ) ||
    !(
      doc === core.length - 1 ||
      /^(?:by|from|of|on|into|about|for|in|over)$/.test(lowers[doc + 1] ?? "") ||
      published ||
      // "a new book, Brown's Britain": the document's title after a comma
      (/^,\s*$/.test(text.slice(core[doc].end, core[doc + 1].start)) && core.slice(doc + 1).every((w) => isCapital(w)))
    )
  )
    return undefined;
  const s = core[0].start;
  // (the document as written, without its participle: "a study released" → "a study")
  const e = (published ? core[doc] : core[core.length - 1]).end;
  const at = (speaker: string, speaker_type: Attribution["speaker_type"], role: string | null = null) => ({
    speaker,
    speaker_type,
    role,
    speaker_start: s,
    speaker_end: e,
  });
  const org = (x: Mention) =>
    (x.kind === "organization" || loneName(text, ents, lex, x)) && !lex.places.has(x.name.toLowerCase());
  // "a report in the Sunday Business claimed": a capitalised publication after "in" published it.
  const inPublication =
    lowers[doc + 1] === "in" &&
    doc + 2 < core.length &&
    core.slice(doc + 2).every((w, k) => isCapital(w) || (k === 0 && w.lower === "the"));
  if (inPublication) {
    // (its name as written, past a descriptive compound: "the China-published Economic Observer")
    const name = core.slice(doc + 2).filter((w) => !/-\p{Ll}/u.test(w.text));
    const the = name[0]?.lower === "the" ? "the " : "";
    const words = name.slice(the ? 1 : 0).map((w) => w.text);
    if (words.length && !lex.places.has(words.join(" ").toLowerCase()))
      return at(the + words.join(" "), "organization");
  }
  // "a report by X" names its author after it: a capitalised organisation, or a person the article names
  // with a first name or title (not "InStat"); "the Gartner report on …" an organisation before it.
  // ("a poll of 20,000 people", "a survey of economists": "of" and those it asked, ending in a lower-case noun, is
  // who was asked, not who asked; "a poll for the Independent on Sunday": a capitalised client commissioned it)
  const sample =
    lowers[doc + 1] === "of" && (/^\d/.test(lowers[doc + 2] ?? "") || /^\p{Ll}/u.test(core[core.length - 1].text));
  const client =
    lowers[doc + 1] === "for" &&
    doc + 2 < core.length &&
    core.slice(doc + 2).every((w, k) => isCapital(w) || (k === 0 && w.lower === "the") || /^(?:of|on)$/.test(w.lower));
  const by = ((AUTHOR_AFTER.test(lowers[doc + 1] ?? "") && !sample) || client) && doc + 2 < core.length;
  let author: Attribution | null = null;
  // ("A survey of 500 firms by the Confederation of British Industry": the author after those it asked)
  const byAfterSample = sample ? core.findIndex((w, k) => k > doc + 2 && w.lower === "by" && k < core.length - 1) : -1;
  if (by) author = resolve(core[doc + 2].start, e);
  else if (byAfterSample > 0) author = resolve(core[byAfterSample + 1].start, e);
  else if (doc > 1 && isCapital(core[doc - 1])) {
    // ("a preliminary Ofcom report": the capitalised words right before the head, past a modifier; "The Mail on
    // Sunday survey": with a name's "on", "of", "and", "for" between them)
    let k = doc - 1;
    const inName = (j: number) =>
      isCapital(core[j]) || (j > 1 && /^(?:on|of|and|for)$/.test(core[j].lower) && isCapital(core[j - 1]));
    while (k > 1 && inName(k - 1)) k--;
    author = resolve(core[k].start, core[doc - 1].end);
  }
  const capitalised = author !== null && /^\p{Lu}/u.test(author.speaker.replace(/^the /, ""));
  // (not a place: "Reports from Russia")
  const place = author !== null && lex.places.has(author.speaker.replace(/^the /, "").toLowerCase());
  if (place) return at(text.slice(s, e), "anonymous");
  if (author && capitalised && author.speaker_type === "organization") return at(author.speaker, "organization");
  if (author && capitalised && by && author.speaker_type === "person") {
    const speaker = author.speaker;
    const person = ents.mentions.some((x) => x.kind === "person" && x.named && x.name === speaker);
    // ("A recent survey by Earthlink and Webroot": a name that is no person's is an organisation.)
    return person ? at(speaker, "person", author.role) : at(speaker, "organization");
  }
  // "the book": the author the article gives the book.
  const head = lowers[doc].replace(/s$/, "");
  const earlier = author ? undefined : introducedAuthor(text, ents, lex, head, core[doc].start, lowers[0] !== "the");
  if (earlier) {
    // ("the Bank's minutes": the Bank named in full before, "the Bank of England")
    if (earlier.kind === "organization") {
      const full = resolve(earlier.start, earlier.end);
      const bare = (n: string) => n.replace(/^the /i, "");
      const fuller = full?.speaker_type === "organization" && bare(full.speaker) !== bare(earlier.name);
      return at(fuller ? full.speaker : earlier.name, "organization");
    }
    const person = ents.fullName(earlier.name.split(" "));
    return at(person.name, "person", person.role);
  }
  // '"…," the statement said' after "In a statement, the club said …": whoever spoke in it before.
  const issuer = core.length === 2 && lowers[0] === "the" ? issuedIn(text, lowers[doc], s) : null;
  const issued = issuer ? resolve(issuer.start, issuer.end) : null;
  // (an unnamed issuer too: "In a statement …, Mr Whitlock's family thanked …")
  if (issued) return at(issued.speaker, issued.speaker_type, issued.role);
  // "The report said" in a story about a committee: the deliberative body the article names before it
  // (lexicon `quotes/body-heads`; "the Public Accounts Committee", "the joint committee on human rights").
  // "The paper said" after "in an interview with the Financial Times": the newspaper named before it (not a
  // broadcaster or agency: "BBC News", "Reuters").
  const paper =
    /^(?:paper|newspaper)$/.test(head) && core.length === 2 && lowers[0] === "the"
      ? nearest(
          ents.mentions,
          s,
          (x) =>
            x.kind === "organization" && isOutletName(x.name) && !x.name.split(/\s+/).some((w) => nonPapers.has(w)),
        )
      : undefined;
  if (paper) return at(paper.name, "organization");
  // (only a bare research document, "the report", "the study": not "the Wim report", "the paper")
  const bare = (core.length === 2 && /^(?:the|its)$/.test(lowers[0]) && researchHeads.has(head)) || headline;
  const bodies = (named: boolean) =>
    named
      ? ents.mentions.filter((x) => x.kind === "organization" && isBodyName(x.name, lex))
      : describedBodies(ents, text, lex);
  const body = !bare ? undefined : (nearest(bodies(true), s, () => true) ?? nearest(bodies(false), s, () => true));
  if (body) return at(body.name, "organization");
  // A description of the author ("the government's finance watchdog") or none: the organisation the
  // article has speak, before the document or, failing that, after it.
  // ("according to its website": "its" is the organisation last named, speaking or not)
  // ("The report comes as … The report found …": a bare research document is the one the article first calls so,
  // the organisation speaking before that first mention)
  const first = headline ? firstMention(text, head, text.length) : bare ? firstMention(text, head, s) : s;
  const speaking = (x: Mention) => org(x) && (x.speaks || lowers[0] === "its");
  const m =
    plural || courtFilings.has(head) || placedDocuments.has(head)
      ? undefined
      : (nearest(ents.mentions, first, speaking) ??
        (first < s ? nearest(ents.mentions, s, speaking) : undefined) ??
        ents.mentions.find((x) => x.start > e && org(x) && x.speaks));
  if (m) return at(m.name, "organization");
  if (author && author.speaker_type !== "person") return at(author.speaker, author.speaker_type, author.role);
  // "reports", "the minutes of the meeting": the document itself, an unnamed source.
  return at(text.slice(s, e), "anonymous");
}
