import { escapeRegExp } from "../lexicon/escapeRegExp.ts";
import { hasWord } from "./hasWord.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Doc } from "../text/prepare.ts";
import { capitalRuns, isCapital } from "./capitalRuns.ts";
import { companyName } from "./companyName.ts";
import { registeredNames } from "./registeredNames.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { isDocumentHead } from "./isDocumentHead.ts";
import { parseNameRun, type NameRun } from "./parseNameRun.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { QuoteSpan } from "./quoteSpans.ts";
import { words, type Word } from "./words.ts";
import { isHonorific } from "./isHonorific.ts";
import { styleLength } from "./styleLength.ts";
import { isOpeningWord } from "./isOpeningWord.ts";
import { isPersonNoun } from "./isPersonNoun.ts";
import { GIVEN_NAME_ONLY } from "./givenNameOnly.ts";

/** A person named in the article, under the fullest name it gives. */
export interface Person {
  name: string;
  tokens: string[];
  role: string | null;
  gender: string;
}

/** A mention of a person or organisation, `subject` when it starts its clause or precedes a cue. */
export interface Mention {
  start: number;
  end: number;
  kind: "person" | "organization";
  /** Full name (persons) or the name as written (organisations). */
  name: string;
  subject: boolean;
  /** A person named with a first name or an honorific or title, not a lone capitalised word. */
  named: boolean;
  /** The mention is directly followed by a cue ("the Associated Press reported"). */
  speaks: boolean;
  /** The mention is inside quotation marks. */
  quoted?: boolean;
}

// Edit distance with adjacent transpositions ("neuvo" / "nuevo" is one edit), for misspelt surnames.
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

// "… so far this year but captain Fabien Pelous sees hope": after "but" (and
// lower-case titles) a name before its verb starts a clause.
function contrastive(prefix: string, next: Word | undefined, lex: QuoteLexicon): boolean {
  const m = /\b(?:but|yet)\s+((?:[\p{Ll}-]+\s+){0,2})$/u.exec(prefix);
  // (a clause: its verb follows the name, "but McIlroy is unfazed", not "Tony Blair and Gordon Brown's")
  const verb = next !== undefined && (lex.finite.has(next.lower) || /^\p{Ll}+(?:ed|es)$/u.test(next.text));
  return verb && m !== null && m[1].split(/\s+/).every((w) => w === "" || lex.titles.has(w));
}

// An opening subordinate clause set off by its comma (lexicon `quotes/subordinators`, not the relative pronouns).
const OPENING_CLAUSE = new RegExp(
  `^(?:${[...lexiconSet("quotes/subordinators")].filter((w) => !/^(?:which|who)$/.test(w)).join("|")})\\s[^,;:"“”]*,\\s+$`,
  "i",
);
// An opening phrase of place set off by its comma ("At a café near the square that was running on a generator,").
const OPENING_PLACE = /^(?:At|Inside|Outside|Near|Along|Across|Beside|Behind|Under|Amid)\s[^,;:"“”]*,$/;
const ACRONYM_AFTER =
  /((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:,?\s+(?:(?:of|for|and|de|du|des|la|le|the|&)\s+)*(?:l['’])?\p{Lu}[\p{L}'’&.-]*)+)\s+\((\p{Lu}{2,8}|\p{Lu}\p{Ll}{2,7})\)/gu;

/** What the article says about who is who: full names, roles, genders, acronyms, mentions in order. */
export interface Entities {
  persons: Map<string, Person>;
  mentions: Mention[];
  /** Acronyms and short names ("IAEA", "B&B", "Wimpey") → the full name the article gives. */
  acronyms: Map<string, string>;
  /** The fullest person name the article gives for these name tokens. */
  fullName(tokens: readonly string[]): Person;
  /** Surnames that are also common words ("May" of "Brian May"), given with a first name in the article. */
  surnames: ReadonlySet<string>;
}

const FIRM_NOUNS = lexiconSet("quotes/firm-nouns");
const CREDIT_LABELS = lexiconSet("quotes/credit-labels");
const AGENT_NOUNS = lexiconSet("quotes/agent-nouns");
const FIRST_NAME_STYLES = lexiconSet("quotes/first-name-styles");
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)(?![\p{L}'’])/u;
const FEMININE_SURNAME = /\p{L}{2,}(?:ová|ova|eva|ská|cká|ska|cka)$/u;
const GENERATIONAL = /^(?:Jr|Sr|II|III|IV)\.?$/;
// (a hyphenated compound, "Man-of-the-match", is one word)
const countWords = (s: string) => (s.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []).length;
const key = (s: string) => s.toLowerCase().replace(/’/g, "'");
const AUX = new Set(["has", "had", "have", "also", "would", "will", "was", "is", "later", "then", "has", "had"]);

// ", an independent think tank, said": a description set off after a name, then its verb.
const APPOSITIVE_CUE = /^,\s+(?:an?|the)\s+[^,;:"“”()]{2,60},\s+(?:(?:has|have|had)\s+)?(\p{Ll}+)\b/u;

// "A spokesperson for …": the organisation a spokesperson speaks for; then its verb, past a relative clause.
const SPOKESPERSON_FOR = /\b(?:an?|the)\s+spokes(?:person|man|woman)\s+(?:for|of|at)\s+(?:the\s+)?$/iu;
const AFTER_RELATIVE_CUE = /^(?:,\s+(?:which|who)\s[^,;:"“”()]{2,120},)?\s+(?:(?:has|have|had)\s+)?(\p{Ll}+)\b/u;

/** Collects the persons and organisations an article names (see `Entities`). */
export function entities(doc: Doc, spans: readonly QuoteSpan[], lex: QuoteLexicon): Entities {
  const { text } = doc;
  const byLast = new Map<string, Person[]>();
  const headlined = new Set<Person>();
  const byToken = new Map<string, Person[]>();
  // A nickname written in quotation marks inside a name ("Ahmed 'Mido' Hossam") → that person.
  const nicknames = new Map<string, Person[]>();
  const runs: {
    run: NameRun;
    next: Word | undefined;
    then: Word | undefined;
    prefix: string;
    titled: boolean;
    introduced: boolean;
  }[] = [];
  const acronyms = new Map<string, string>();
  const firmNames = new Set<string>();
  // "the Institute for Supply Management (ISM)", "The Conseil Superieur de l'Audiovisuel (CSA)": a name with
  // lower-case connectors, then its acronym in brackets, whose letters its capitalised words begin in order.
  // (the longest tail of the capitalised run that spells it: not "November, the Office of … (ODPM)")
  const initials = (name: string) =>
    name
      .split(/[\s,]+|['’]/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
  for (const m of doc.text.matchAll(ACRONYM_AFTER)) {
    const full = m[1].replace(/['’]s?$/, ""); // ("The Movie Association for America's (MPAA)")
    const starts = [0, ...[...full.matchAll(/(?<=[\s,])\p{Lu}/gu)].map((x) => x.index)];
    for (const at of starts) {
      const name = full.slice(at).replace(/^the\s+/i, "");
      // ("… for the Entertainment and Leisure Software Publishers Association (Elspa)": short names too)
      if (initials(name).toLowerCase() !== m[2].toLowerCase()) continue;
      const the = /\bthe\s+$/i.test(full.slice(0, at)) || /^the\s/i.test(full.slice(at));
      acronyms.set(m[2], the ? `the ${name}` : name);
      break;
    }
  }
  const doubles = spans.filter((s) => !s.single);
  let cursor = 0;
  // Mentions come in text order, so one pass over the quotation spans answers every lookup.
  const inQuote = (pos: number) => {
    while (cursor < doubles.length && doubles[cursor].end <= pos) cursor++;
    return cursor < doubles.length && doubles[cursor].start <= pos;
  };

  // Surnames that are also common words ("Brian May", "Peter March"), given with a first name somewhere.
  const surnames = new Set<string>();
  for (const m of text.matchAll(/\b(\p{Lu}\p{Ll}+)\s+(?=(\p{Lu}\p{Ll}+)\b)/gu))
    if (lex.firstNames.has(m[1].toLowerCase()) && lex.notNames.has(m[2].toLowerCase()))
      surnames.add(m[2].toLowerCase());
  for (const s of doc.sentences) {
    const ws = words(text, s.start, s.end);
    const pieces: [number, number][] = [];
    const affiliations = new Set<number>();
    for (const [i, j] of capitalRuns(text, ws)) {
      // "Richard Madeley and Judy Finnigan": two names, unless a title or an organisation joins them.
      const inner = ws.slice(i, j + 1);
      // ("Chancellor Gordon Brown and Transport Secretary Alistair Darling": a first name and surname before
      // "and" end one person's name, titles or not)
      const afterFullName = (k: number) =>
        k - 2 >= i && lex.firstNames.has(ws[k - 2].lower) && isCapital(ws[k - 1]) && !lex.titles.has(ws[k - 1].lower);
      if (
        inner.some((w) => w.lower === "and" || w.lower === "&") &&
        // (a style kept in a name is no title here: "Prince Charles and Camilla Parker Bowles")
        !inner.some((w) => lex.orgHeads.has(w.lower)) &&
        (!inner.some((w) => lex.titles.has(w.lower) && !lex.styles.has(w.lower)) ||
          inner.some((w, k) => w.lower === "and" && afterFullName(i + k)))
      ) {
        let from = i;
        for (let k = i; k <= j; k++)
          if (ws[k].lower === "and" || ws[k].lower === "&") {
            if (k > from) pieces.push([from, k - 1]);
            from = k + 1;
          }
        if (from <= j) pieces.push([from, j]);
        continue;
      }
      // "Stuart Hensel of the Economist Intelligence Unit": a first name and surname, then the organisation
      // they are of, at or from, are two names.
      const of = inner.findIndex((w) => /^(?:of|at|from)$/.test(w.lower));
      if (
        of >= 2 &&
        afterFullName(i + of) &&
        // (not a peer's territorial title: "Lord Roberts of Conwy")
        !isHonorific(ws[i + of - 2].lower, lex) &&
        ws.slice(i, i + of - 2).every((w) => lex.titles.has(w.lower) || isHonorific(w.lower, lex)) &&
        i + of + 1 <= j
      ) {
        pieces.push([i, i + of - 1]);
        const org = ws[i + of + 1].lower === "the" ? i + of + 2 : i + of + 1;
        affiliations.add(org);
        pieces.push([org, j]);
      } else pieces.push([i, j]);
    }
    for (const [i, j] of pieces) {
      // "Double Olympic champion Hicham El Guerrouj": a capitalised modifier of a lower-case title.
      const title = ws[j + 1];
      // ("Ian Shepherdson, chief US economist": not across a comma)
      // ("Sale Sharks director of rugby Philippe Saint-Andre": the title's own "of" phrase in lower case)
      let named = j + 2;
      if (/^(?:of|for)$/.test(ws[named]?.lower ?? ""))
        for (let k = named + 1; k <= j + 5 && ws[k] && /^\p{Ll}/u.test(ws[k].text); k++) named = k + 1;
      if (
        title &&
        /^\p{Ll}/u.test(title.text) &&
        // ("Beach Boys veteran Brian Wilson": a describing noun too)
        isPersonNoun(title.lower, lex) &&
        ws[named] &&
        isCapital(ws[named]) &&
        /^\s+$/.test(text.slice(ws[j].end, title.start)) &&
        /^[\p{L}\s]+$/u.test(text.slice(title.start, ws[named].start))
      )
        continue;
      const run = parseNameRun(text, ws, i, j, lex, surnames);
      if (!run) continue;
      // ("Shares in Krispy Kreme Doughnuts have taken a dunking": what shares or a stake are in is a company)
      if (
        run.kind === "person" &&
        !lex.commonFirstNames.has(key(run.tokens[0])) &&
        // (not a lone compound adjective: "Shares in Anglo-Swedish drug [firm AstraZeneca]")
        !(run.tokens.length === 1 && run.tokens[0].includes("-")) &&
        /\b(?:shares|stake|stakes)\s+(?:in|of)\s+$/i.test(text.slice(s.start, run.start))
      )
        run.kind = "organization";
      // ("Songwriter Guy Chambers … Chambers said": a lone word that is the surname of someone named in full
      // before is theirs, though it also heads organisations' names)
      if (
        run.kind === "organization" &&
        run.tokens.length === 1 &&
        run.name === run.tokens[0] &&
        !/^\p{Lu}+$/u.test(run.tokens[0]) &&
        (byLast.get(key(run.tokens[0])) ?? []).some(
          (p) => p.tokens.length >= 2 && lex.commonFirstNames.has(key(p.tokens[0])),
        )
      )
        run.kind = "person";
      // (the organisation split from a person's name is a mention only when it reads as one)
      if (affiliations.has(i) && run.kind !== "organization") continue;
      // ("… in Prague on Monday. Photograph: Ondřej Štěpánek/AFP/Getty Images": the name a credit label gives took
      // the picture; lexicon `quotes/credit-labels`)
      const label = /(\p{L}+):\s*$/u.exec(text.slice(Math.max(0, run.start - 16), run.start))?.[1];
      if (label && CREDIT_LABELS.has(label.toLowerCase())) continue;
      // "The Final Diagnosis followed": a person's name takes no article; a title of a work does.
      // ("Although the Mac mini": the article may sit inside the run.)
      // ("said the Reverend Adrian Rodgers": an honorific takes the article.)
      const styled = isHonorific((ws[i].lower === "the" ? ws[i + 1] : ws[i])?.lower ?? "", lex);
      // ("the Halifax has said": a name with the article that speaks is an organisation.)
      // (a lower-case article inside the sentence, one word that is no nationality or plural: not "The report",
      // "the American", "the MPs")
      const article =
        (ws[i].lower === "the" || ws[i - 1]?.text === "the") &&
        run.tokens.length === 1 &&
        !lex.demonyms.has(run.tokens[0].toLowerCase()) &&
        !lex.placeWords.has(run.tokens[0].toLowerCase()) &&
        !/s$/.test(run.tokens[0]);
      // (past an adverb or an age set off by commas: "The Halifax, meanwhile, said", "Ahmad, 32, said")
      const aside = /^,\s+(?:\p{Ll}+|\d{1,3}),\s/u.test(text.slice(ws[j].end, (ws[j + 2] ?? ws[j]).start));
      const after = ws[j + (aside ? 2 : 1)]?.lower ?? "";
      const speaking =
        (lex.cues.has(after) && !isDocumentHead(after, lex)) ||
        (/^(?:has|have|had|was|is)$/.test(after) && lex.cues.has(ws[j + (aside ? 3 : 2)]?.lower ?? ""));
      if (run.kind === "person" && !run.role && !styled && article && speaking) {
        run.kind = "organization";
        run.name = `the ${run.tokens.join(" ")}`;
      }
      // "Bookmaker William Hill", "building products group James Hardie": a name right after an organisation
      // noun is an organisation's, wherever the article writes it.
      // ("Bookmaker Paddy Power": the noun may open the sentence's capitalised run)
      if (run.kind === "person" && run.tokens.length > 2 && FIRM_NOUNS.has(run.tokens[0].toLowerCase())) {
        run.start = text.indexOf(run.tokens[1], run.start + run.tokens[0].length);
        run.tokens = run.tokens.slice(1);
        run.name = run.tokens.join(" ");
      }
      const described = /(?:^|\s)(\p{L}+) $/u.exec(text.slice(s.start, run.start))?.[1].toLowerCase();
      if (
        run.kind === "person" &&
        (!run.role || run.role.toLowerCase() === described) &&
        !styled &&
        described &&
        FIRM_NOUNS.has(described)
      ) {
        firmNames.add(run.tokens.join(" "));
        // ("Wimpey" after "housebuilder George Wimpey": its last word is its short name)
        const last = run.tokens[run.tokens.length - 1];
        if (run.tokens.length > 1 && !acronyms.has(last)) acronyms.set(last, run.tokens.join(" "));
      }
      // ("the Salford MP": letters after a place are no one's name either)
      const postOnly = run.role !== null && lex.postNominals.has(run.role.toLowerCase());
      if (
        run.kind === "person" &&
        (!run.role || postOnly) &&
        !styled &&
        (ws[i].lower === "the" ||
          ws[i - 1]?.lower === "the" ||
          /\bthe\s+$/i.test(text.slice(ws[i].start, run.start)) ||
          // "The film, A Different Story, chronicles …": after an indefinite article, a title (not "a Bob
          // Deans try")
          ((/^an?$/i.test(ws[i].text) || /^an?$/.test(ws[i - 1]?.text ?? "")) &&
            !lex.firstNames.has(run.tokens[0].toLowerCase())))
      )
        continue;
      if (run.kind === "organization" && i > 0 && ws[i - 1].lower === "the" && !run.name.startsWith("the "))
        run.name = `the ${run.name}`;
      // A role in lower case before the name: "Tory co-chairman Liam Fox", "NUJ official Barry Fitzpatrick".
      if (run.kind === "person" && !run.role) {
        let k = i - 1;
        let first = -1;
        while (k >= 0 && /^[ \u00a0]$/.test(text.slice(ws[k].end, ws[k + 1].start))) {
          const w = ws[k];
          if (lex.titles.has(w.lower)) first = k;
          else if (/^(?:of|for)$/.test(w.lower) && ws[k - 1] !== undefined && isCapital(ws[k - 1]) && k > first - 3) {
            // "Bank of England governor Mervyn King": a connector inside the capitalised name before the title.
          } else if (!(isCapital(w) && !lex.notNames.has(w.lower))) {
            // "opposition leader Ann Cole": one lower-case modifier of the title.
            // (Not a verb: "will discipline striker James Beattie".)
            const modifier =
              k === first - 1 &&
              !/^(?:will|would|to|can|could|should|may|might|must|shall|not|did|does|do)$/.test(
                ws[k - 1]?.lower ?? "",
              ) &&
              /^\p{Ll}{4,}$/u.test(w.text) &&
              !lex.notNames.has(w.lower) &&
              !lex.finite.has(w.lower) &&
              !lex.cues.has(w.lower) &&
              !lex.timeWords.has(w.lower) &&
              !/(?:ly|ing|ed)$/.test(w.lower) &&
              !/^(?:when|while|that|than|then|with|from|into|onto|after|before|about|under|over|where|what|which|whose|also|even|only|just|both|some|many|most|more|such|this|these|those|their|there|were|have|says|told|against|between|during|without|because|since|until|like|unlike|outgoing|incoming|acting|interim)$/.test(
                w.lower,
              );
            if (!modifier) break;
            // "deputy prime minister Mr Prescott": keep reading leftwards from the modifier.
            first = k;
          }
          k--;
        }
        if (first >= 0) {
          let from = first;
          while (from - 1 > k) from--;
          run.role = text.slice(ws[from].start, ws[i - 1].end);
          // "a research director at analyst Gartner": after "at", a described one-word name is a firm.
          if (k >= 0 && ws[k].lower === "at" && run.tokens.length === 1 && i === j) {
            run.kind = "organization";
            run.role = null;
          }
        }
      }
      // An appositive role after the name: "Wayne Eyre, the country’s acting Chief of Defense Staff,".
      let introduced = false;
      if (run.kind === "person") {
        const m = /^,\s+((?:the|a|an)\s+)?([^,.;:"“”]{2,120}?)(?=,|\.)/.exec(text.slice(run.end, s.end));
        // ("Marc Garneau, alongside Defence Minister Harjit Sajjan, said": a circumstance, not a role.)
        if (
          m &&
          // (a participle phrase, "sitting with …", not an adjective in -ing, "a leading German insurer")
          !/^(?:who|which|whose|where|when|but|and|as|including|excluding|regarding|concerning|following|according|\p{Ll}+ing(?=\s+(?:with|to|at|in|on|for|from|of|by|the|a|an|his|her|their|its|about|after|before|as|out|up|down|back)\b)|alongside|along|together|with|accompanied|flanked|joined|in|at|on|after|before|during|while|once|formerly|now|still|like|unlike)\b/iu.test(
            m[2],
          )
        ) {
          const roleWords = m[2].toLowerCase().split(/[\s-]+/);
          // "Swiss Re, the world's second biggest reinsurance firm": an appositive headed by an
          // organisation noun makes the name an organisation.
          // (its head comes before a relative clause: "the music mogul who established … Factory Records")
          const relative = roleWords.findIndex((w, k) => k > 0 && /^(?:who|which|that|whose)$/.test(w));
          const headWords = relative > 0 ? roleWords.slice(0, relative) : roleWords;
          const prep = headWords.findIndex((w, k) => k > 0 && /^(?:of|in|for|at|on|behind|with|from|to|by)$/.test(w));
          const apHead = prep > 0 ? headWords[prep - 1] : (headWords.at(-1) ?? "");
          // (not a noun for people too after a first name and surname: "Rebecca Tran, a mortgage broker in
          // Mississauga," is a broker, not a brokerage; lexicon `quotes/anonymous-heads`)
          const personal =
            lex.anonymousHeads.has(apHead) && run.tokens.length <= 3 && lex.firstNames.has(run.tokens[0].toLowerCase());
          if (m[1] && (lex.orgHeads.has(apHead) || FIRM_NOUNS.has(apHead)) && !lex.titles.has(apHead) && !personal) {
            run.kind = "organization";
            run.role = null;
          } else if (
            (m[1] || roleWords.some((w) => lex.titles.has(w))) &&
            !roleWords.some((w) => lex.finite.has(w) || lex.cues.has(w)) &&
            roleWords.length <= 14
          ) {
            run.role = m[2]
              .replace(/\s+(?:who|which|that|whose)\s[^]*$/u, "")
              .replace(/^[\p{L}.]+(?:['’]s)\s+/u, "")
              .trim();
            // Only an appositive that ends the sentence introduces someone ("… came from Brian
            // Gammage, vice-president of research at Gartner."), not one before a verb.
            introduced =
              run.tokens.length > 1 &&
              text[run.end + m[0].length] === "." &&
              (m[1] !== undefined || /^\p{Ll}/u.test(m[2]));
          }
        }
      }
      // ("… the return of star skipper Brian O'Driscoll who missed the Scotland game with a hamstring injury.":
      // a full name whose relative clause ends the sentence introduces them too, where no one else is the
      // sentence's subject: not "Souness also paid tribute to Laurent Robert, who …", "he overtook X, who …")
      // (past an age: "Among them was Jaroslava Kubíčková, 71, who travelled …")
      if (
        run.kind === "person" &&
        run.tokens.length > 1 &&
        /^(?:,\s+\d{1,3})?,?\s+who\s[^.!?;:"“”]*[.!?](?:\s|$)/.test(text.slice(run.end, s.end + 1)) &&
        // (nor a cleft, "It was Rainey Senior who modified …", which is about someone else)
        !/^\s*(?:["“]\s*)?(?:he|she|they|i|we)\s/i.test(text.slice(s.start, run.start)) &&
        !/(?:^|\s)it\s+(?:was|is)\s+$/i.test(text.slice(s.start, run.start)) &&
        !runs.some((r) => r.run.start >= s.start && r.run.kind === "person" && countWords(r.prefix) <= 2)
      )
        introduced = true;
      if (run.kind === "organization") {
        // "Equal Opportunities Commission (EOC)", "the Greek Athletics Federation (Segas)": the acronym or
        // short name in brackets stands for the name.
        const m = /^\s*\((\p{Lu}(?:[\p{Lu}0-9&]{1,6}|\p{Ll}{2,7}))\)/u.exec(text.slice(run.end, run.end + 12));
        if (m && !acronyms.has(m[1])) acronyms.set(m[1], run.name);
        const initials = run.tokens
          .filter((t) => isCapital({ text: t, lower: "", start: 0, end: 0 }) && !/^(?:The|Of|And|For)$/.test(t))
          .map((t) => t[0])
          .join("");
        if (initials.length >= 2 && run.tokens.length >= 2 && !acronyms.has(initials)) acronyms.set(initials, run.name);
        // ("TSB" for "the Transportation Safety Board of Canada": the initials before its "of" too, three at least)
        const of = run.tokens.indexOf("of");
        const before = of > 0 ? run.tokens.slice(run.tokens[0] === "The" ? 1 : 0, of) : [];
        const short = before.every((t) => /^\p{Lu}/u.test(t) && t !== "The") ? before.map((t) => t[0]).join("") : "";
        if (short.length >= 3 && !acronyms.has(short)) acronyms.set(short, run.name);
        // ("Bat" for "British American Tobacco", "Nasa": initials read as a word are written in title case)
        const word = initials[0] + initials.slice(1).toLowerCase();
        if (initials.length >= 3 && run.tokens.length >= 3 && !acronyms.has(word)) acronyms.set(word, run.name);
        // ("B&B" for "Bradford & Bingley": an ampersand kept between the initials)
        const ampersand = run.name
          .split(/\s+/)
          .filter((t) => t === "&" || /^\p{Lu}/u.test(t))
          .map((t) => t[0])
          .join("");
        if (ampersand.includes("&") && /^\p{Lu}&\p{Lu}/u.test(ampersand) && !acronyms.has(ampersand))
          acronyms.set(ampersand, run.name);
      }
      // "Matchwinner Keane", "Man-of-the-match Duff": a word capitalised only because it opens the sentence,
      // before the surname of someone named in full earlier, describes them.
      if (run.kind === "person" && !run.role && run.tokens.length === 2 && i === 0 && run.start === ws[0].start) {
        const [word, surname] = run.tokens;
        const earlier = byLast.get(key(surname))?.some((p) => p.tokens.length >= 2 && !p.tokens.includes(word));
        // ("Fuming Robinson blasts officials" … "England coach Andy Robinson": in the headline, before someone the
        // body names in full with a first name)
        const later =
          s === doc.sentences[0] &&
          !lex.firstNames.has(word.toLowerCase()) &&
          [...text.matchAll(new RegExp(`(\\p{Lu}\\p{Ll}+)\\s+${escapeRegExp(surname)}\\b`, "gu"))].some(
            (m) => m[1] !== word && lex.firstNames.has(m[1].toLowerCase()),
          );
        // (a common word: hyphenated in lower case, an agent noun, or written in lower case elsewhere; not
        // an unfamiliar first name, "Azmat Begg" after "Moazzam Begg")
        const lower = word.toLowerCase();
        const common = () =>
          /-\p{Ll}/u.test(word) || isAgentNoun(lower, lex) || lex.notNames.has(lower) || hasWord(text, lower);
        if (later || (earlier && !lex.firstNames.has(lower) && !lex.honorifics.has(lower) && common())) {
          // (the word gives no role: "Matchwinner" says nothing of a striker)
          run.tokens = [surname];
          run.name = surname;
          run.start = ws[i + 1].start;
        }
      }
      const titled = run.role !== null || run.tokens.length > 1 || lex.honorifics.has(ws[i].lower);
      runs.push({
        run,
        next: ws[j + (aside ? 2 : 1)],
        then: ws[j + (aside ? 3 : 2)],
        prefix: text.slice(s.start, run.start),
        titled,
        introduced,
      });
      if (run.kind === "person") {
        // "Larry Mullen Jr" is "Mullen": a generational suffix is part of the name, not its surname
        const suffixed = run.tokens.length > 2 && GENERATIONAL.test(run.tokens[run.tokens.length - 1]);
        const last = key(run.tokens[run.tokens.length - (suffixed ? 2 : 1)]);
        const list = byLast.get(last) ?? [];
        const joined = run.tokens.map(key).join(" ");
        const known = list.find((p) => p.tokens.map(key).join(" ") === joined);
        if (known) {
          known.role ??= run.role;
          known.gender ||= run.gender;
        } else {
          const person = { name: run.name, tokens: run.tokens, role: run.role, gender: run.gender };
          // (a headline: the first line, with no full stop)
          if (s === doc.sentences[0] && !/[.!?]\W*$/.test(text.slice(s.start, s.end))) headlined.add(person);
          list.push(person);
          for (const m of run.name.matchAll(/['‘"“]([\p{L}\p{N}-]+)['’"”]/gu))
            nicknames.set(key(m[1]), [...(nicknames.get(key(m[1])) ?? []), person]);
          byLast.set(last, list);
          for (const t of new Set(run.tokens.map(key))) byToken.set(t, [...(byToken.get(t) ?? []), person]);
        }
      }
    }
  }

  // "Lady Boothroyd" for "Betty Boothroyd": a peer's title before a surname is the one person the article
  // first named with a first name and that surname, of the title's gender ("Lady Archer" is not Jeffrey Archer).
  const peerGivenName = (tokens: readonly string[]): Person | null => {
    if (tokens.length !== 2 || !lex.peerageTitles.has(key(tokens[0]))) return null;
    const gender = lex.honorifics.get(key(tokens[0]))?.gender ?? "";
    // (only a name the article gives before the title: "Lord Goldsmith … Peter Goldsmith has made his
    // statement" stays Lord Goldsmith)
    const list = byLast.get(key(tokens[1])) ?? [];
    // (a title in the headline comes before the name only in print: "Baron Kinnock makes Lords debut … Former
    // Labour leader Neil Kinnock")
    const titled = list.findIndex((p) => lex.peerageTitles.has(key(p.tokens[0])) && !headlined.has(p));
    const named = list.slice(0, titled < 0 ? list.length : titled).filter((p) => {
      const first = key(p.tokens[0]);
      const g = lex.firstNames.get(first);
      return (
        p.tokens.length === 2 &&
        g !== undefined &&
        !lex.honorifics.has(first) &&
        !lex.peerageTitles.has(first) &&
        (!gender || !g || g === gender)
      );
    });
    return named.length === 1 ? named[0] : null;
  };
  const persons = new Map<string, Person>();
  const misspelt = new Map<string, [string, Person[]][]>();
  const fullName = (tokens: readonly string[]): Person => {
    const peer = peerGivenName(tokens);
    if (peer) return fullName(peer.tokens);
    const want = tokens.map(key);
    // "Sajjan" matches on the surname; "Sir Edward" on any of its words.
    let list =
      (want.length === 1 ? (byLast.get(want[0]) ?? byToken.get(want[0])) : byToken.get(want[want.length - 1])) ?? [];
    // "Mido" for "Ahmed 'Mido' Hossam": a lone word that no fuller surname matches may be a nickname.
    if (want.length === 1 && list.every((p) => p.tokens.length === 1) && nicknames.has(want[0]))
      list = [...list, ...(nicknames.get(want[0]) ?? [])];
    // "Barrioneuvo" for "Jose Barrionuevo": a misspelt surname close to exactly one fuller name.
    if (want.length === 1 && want[0].length >= 6 && list.every((p) => p.tokens.length === 1)) {
      // (looked up once per word: fullName is called for every mention and speaker)
      let close = misspelt.get(want[0]);
      close ??= [...byLast.entries()].filter(
        ([last, ps]) =>
          last !== want[0] &&
          `${last}s` !== want[0] &&
          last[0] === want[0][0] &&
          ps.some((p) => p.tokens.length > 1) &&
          editDistance(last, want[0]) <= 2,
      );
      misspelt.set(want[0], close);
      if (close.length === 1) list = close[0][1];
    }
    // "Mr Blair" with "Sir Ian Blair" and "Tony Blair": not the knight, who is "Sir Ian" by now.
    const styled = (p: Person) => FIRST_NAME_STYLES.has(key(p.tokens[0]));
    if (want.length === 1 && list.some((p) => !styled(p) && p.tokens.length > 1 && p.tokens.map(key).includes(want[0])))
      list = list.filter((p) => !styled(p));
    let best: Person | undefined;
    for (const p of list) {
      const have = p.tokens.map(key);
      const fuzzy = want.length === 1 && !have.includes(want[0]) && have.length > 1;
      if ((!fuzzy && !want.every((w) => have.includes(w))) || have.length > 4) continue;
      // (of two as long, one that opens with a first name: "Tony Wilson", not the headline's "Mogul Wilson")
      const given = (x: Person) => lex.commonFirstNames.has(key(x.tokens[0]));
      // (a word the article also writes in lower case is a common word: "the music mogul who …")
      const unnamed = (x: Person) => !lex.firstNames.has(key(x.tokens[0])) && hasWord(doc.text, key(x.tokens[0]));
      if (
        !best ||
        have.length > best.tokens.length ||
        (have.length === best.tokens.length && given(p) && unnamed(best))
      )
        best = p;
    }
    if (!best)
      return { name: tokens.join(" "), tokens: [...tokens], role: null, gender: lex.firstNames.get(want[0]) ?? "" };
    let merged = persons.get(best.name);
    if (!merged) {
      merged = { ...best };
      // (from a first name: not the surname of "Maeve Sherlock"; before a bare surname's "Mr", which may be
      // a namesake's: "Mr Jackson" is not "Katherine Jackson")
      const given = merged.tokens.length > 1 ? merged.tokens.slice(0, -1) : merged.tokens;
      merged.gender ||= given.map((t) => lex.firstNames.get(key(t))).find((g) => g) ?? "";
      for (const p of list) {
        const have = p.tokens.map(key);
        if (!have.every((w) => best.tokens.map(key).includes(w)) && peerGivenName(p.tokens) !== best) continue;
        merged.role ??= p.role;
        merged.gender ||= p.gender;
      }
      // ("Jaroslava Kubíčková", "Anna Petrova": a Slavic surname's feminine ending)
      if (!merged.gender && merged.tokens.length > 1 && FEMININE_SURNAME.test(merged.tokens[merged.tokens.length - 1]))
        merged.gender = "f";
      persons.set(best.name, merged);
    }
    return merged;
  };

  const mentions: Mention[] = [];
  const registered = registeredNames(runs.map((r) => r.run));
  const isCue = (w: Word | undefined) => w !== undefined && (lex.cues.has(w.lower) || lex.recipientCues.has(w.lower));
  for (const { run, next, then, prefix, titled, introduced } of runs) {
    // "Apacs' figures show": a lone word the article gave as an organisation's short name is that organisation
    if (run.kind === "person" && run.tokens.length === 1 && !titled && acronyms.has(run.tokens[0]))
      run.kind = "organization";
    const firm = run.kind === "person" && firmNames.size > 0 ? fullName(run.tokens) : null;
    if (firm && firmNames.has(firm.tokens.join(" "))) {
      run.role = null;
      run.kind = "organization";
      run.name = firm.name;
    }
    // "Evergreen Crest said" after "Evergreen Crest Seniors Living Ltd.": a company's short name
    const company =
      run.kind === "person" && run.tokens.length <= 3 && run.role === null
        ? companyName(mentions, run.tokens.join(" "), lex.firstNames)
        : undefined;
    if (company) {
      run.role = null;
      run.kind = "organization";
      run.name = company.name;
    }
    // ("Surfcoast Resource Recovery" before or after "Surfcoast Resource Recovery Pty Ltd": the name without its
    // suffixes, wherever the article gives the full one)
    const full = run.kind === "person" && run.role === null ? registered.get(run.tokens.join(" ")) : undefined;
    if (full) {
      run.kind = "organization";
      run.name = full;
    }
    const quoted = inQuote(run.start);
    // "Ian Fogg, analyst at Jupiter Research, agreed": a comma before the cue closes an appositive,
    // so the name before it is not the one speaking.
    // (A lone stray comma, "The men's solicitor Matthew Knight, said", closes nothing.)
    // (Only an affiliation closes one: "analyst at X," not "carried out by X,".)
    // ("Mr Johnson, who apologised for … the death of hostage Ken Bigley, said": so does a relative clause.)
    const closes =
      next !== undefined &&
      text.slice(run.end, next.start).includes(",") &&
      prefix.includes(",") &&
      (/\b(?:at|of|for|from|with)\s+(?:the\s+)?$/i.test(prefix) || /,\s+(?:who|whose|which)\s[^,;:]*$/i.test(prefix));
    // "A legal expert in the US speculated": the object of a preposition is not the one speaking.
    const object = /\b(?:in|at|of|for|from|with|on)\s+(?:the\s+)?$/i.test(prefix);
    // "to help keep alive their Grand Slam hopes": after a possessive determiner the name modifies a noun.
    const determined = /(?<![\p{L}])(?:their|his|her|its|our|my|your)\s+$/iu.test(prefix);
    // ("A Home Office spokesperson said": an organisation speaks through its spokesperson or official too; lexicon
    // `quotes/agent-nouns`)
    const through = run.kind === "organization" && AGENT_NOUNS.has(next?.lower ?? "") && isCue(then);
    // ("The Centre for Health Access, an independent think tank, said": an organisation's appositive before its cue)
    const described =
      run.kind === "organization" &&
      !object &&
      !determined &&
      lex.cues.has(APPOSITIVE_CUE.exec(text.slice(run.end, run.end + 120))?.[1] ?? "");
    // ("A spokesperson for NHS Providers, which represents hospital trusts in England, said": through its spokesperson)
    const represented =
      run.kind === "organization" &&
      SPOKESPERSON_FOR.test(prefix) &&
      lex.cues.has(AFTER_RELATIVE_CUE.exec(text.slice(run.end, run.end + 160))?.[1] ?? "");
    const speaks =
      described ||
      represented ||
      (!closes &&
        !object &&
        !determined &&
        (isCue(next) || (next !== undefined && AUX.has(next.lower) && isCue(then)) || through));
    // ("Unison's Dave Prentis criticised the plans": a verb of judging makes its name the subject too)
    const judges = (w: Word | undefined) =>
      w !== undefined && (lex.predicativeCues.has(w.lower) || lex.objectCues.has(w.lower));
    const beforeCue =
      speaks || (!closes && !object && !determined && judges(next) && /^\s+$/.test(text.slice(run.end, next!.start)));
    // At the start of its sentence, or after an opening phrase set off by a comma.
    // ("The Bishop of Durham, the Rt Rev Dr Tom Wright, described …": honorifics, and the article before them,
    // belong to the name)
    const leadWords = prefix
      .replace(/^.*,\s+/s, "")
      .split(/\s+/)
      .filter(Boolean);
    const lead = leadWords
      .slice(0, leadWords.length - styleLength(leadWords, lex))
      .map((w) => `${w} `)
      .join("");
    // (not a pronoun and its verb: "He praised striker Wayne Rooney"; nor a name and its verb: "Navratilova will
    // partner Nathalie Dechy")
    const describedName = (words: string) =>
      !lex.pronouns.has(words.split(/\s/)[0].toLowerCase()) &&
      !words
        .trim()
        .split(/\s+/)
        .some((w) => lex.finite.has(w)) &&
      /^\p{Lu}[\p{L}.'’&-]*\s+(?:(?:\p{Lu}[\p{L}.'’&-]*|&|and|of)\s+){0,5}(?:[\p{Ll}-]+\s+){1,3}$/u.test(words) &&
      // ("French stock market regulator AMF has filed …": an organisation described by its kind)
      [lex.titles, lex.personAnaphors, ...(run.kind === "organization" ? [lex.orgHeads] : [])].some((l) =>
        l.has(words.trim().split(/\s+/).pop()!.toLowerCase()),
      );
    const initial =
      // ("Despite enjoying Dan Brown's conspiracy theory, the Bishop said": not the object of a preposition or
      // a participle)
      (countWords(prefix) <= 2 &&
        !/(?:^|\s)(?:despite|without|besides|unlike|like|after|before|\p{Ll}+ing)\s+$/iu.test(prefix)) ||
      // "… so far this year but captain Fabien Pelous sees hope": a contrasting clause starts at its subject.
      // "Scissor Sisters frontwoman Ana Matronic collected …": a name and a lower-case title before it.
      // ("Beach Boys veteran Brian Wilson was …": a describing noun too)
      // ("Transport & General Worker's Union general secretary Tony Woodley": "&", "and", "of" in the name)
      describedName(prefix) ||
      // ("Ukrainian Defense Minister Mykola Savchuk thanked …", "Canada's Immigration Minister Sean Fraser said": a
      // capitalised title and the words before it)
      (/^(?:\p{Lu}[\p{L}.'’-]*\s+){2,4}$/u.test(prefix) &&
        lex.titles.has(prefix.trim().split(/\s+/).pop()!.toLowerCase())) ||
      // ("Sale Sharks director of rugby Philippe Saint-Andre has …": the title's own "of" phrase)
      lex.titles.has(
        /^(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}([\p{Ll}-]+)\s+(?:of|for)\s+(?:[\p{Ll}-]+\s+){1,2}$/u.exec(prefix)?.[1] ?? "",
      ) ||
      // "Sylvester Stallone's ex-wife Brigitte Nielsen nominated …": a possessor and a relation before the name.
      // ("But Wenger's Bayern counterpart Felix Magath was …": after a conjunction, past a capitalised modifier)
      /^(?:(?:But|And|Yet|So)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+(?:\p{Lu}[\p{L}-]*\s+)?(?:[\p{Ll}-]+\s+){1,3}$/u.test(
        prefix,
      ) ||
      // ("… to make the surface faster but Tennis Australia's Geoff Pollard rejected his comments": the subject of a
      // contrasting clause with no comma, past a capitalised possessor, before its verb)
      // (a name written in full or with a title: not "but Villa were not interested")
      (/\s(?:but|while|whereas)\s+(?:\p{Lu}[\p{L}.'’&-]*\s+){0,3}(?:\p{Lu}[\p{L}.'’-]*['’]s\s+)?$/u.test(prefix) &&
        (run.tokens.length > 1 || titled) &&
        next !== undefined &&
        (lex.finite.has(next.lower) || isCue(next) || /^\p{Ll}{3,}ed$/u.test(next.text))) ||
      // ("On that day's Today programme Mr Johnson was asked …": an opening time or place phrase with no comma,
      // then a name with an honorific or title and its verb)
      (titled &&
        isOpeningWord(prefix.split(/\s/)[0]) &&
        !prefix.includes(",") &&
        countWords(prefix) <= 8 &&
        next !== undefined &&
        (lex.finite.has(next.lower) || isCue(next))) ||
      (/,\s+/.test(prefix) &&
        // ("On Sunday, Lib Dem leader Charles Kennedy repeated …": a described name after the opening phrase)
        (countWords(lead) <= 2 || describedName(lead)) &&
        // ("…, assisting both Sir Bobby Robson and …": the object of a participle opening the lead)
        !/^\p{Ll}+ing\s/u.test(lead) &&
        // ("Ireland, despite having Gordon D'Arcy still out injured, have …": the object of a preposition)
        !/(?:^|\s)(?:despite|having|including|without|with|like|unlike|besides|against|for|from|by|of|to|among|\p{Ll}+ing)\s+$/iu.test(
          lead,
        ) &&
        // ("beat actors including Clive Owen, Jamie Foxx and …": an item of a list, not a clause's subject)
        !/\b(?:including|such as|among them|as well as)\s+[^,;.]*,\s+(?:[^,;.]*,\s+)*$/i.test(prefix) &&
        // ("competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp": a name listed after a name)
        !(
          /\p{Lu}[\p{L}'’.-]*,\s+$/u.test(prefix) && /^(?:,|\s+and)\s+\p{Lu}/u.test(text.slice(run.end, run.end + 12))
        ) &&
        // ("Since she presented … in the 1980s, Arnold has kept …": an opening subordinate clause of any length)
        // ("At a café near Kontraktova Square that was running on a diesel generator, 29-year-old programmer Andriy
        // Melnyk worked …": or an opening phrase of place)
        (countWords(prefix) - leadWords.length <= 8 ||
          OPENING_CLAUSE.test(prefix) ||
          OPENING_PLACE.test(prefix.replace(/[^,]*$/, ""))) &&
        // "…, editor of Gadget Weekly": the object of a preposition in an appositive.
        !/\b(?:of|at|for|from|with|in|on|by|to|alongside|beside|besides|including|against|between|among|behind|like|unlike|after|before|under|over)\s+(?:the\s+)?$/i.test(
          lead,
        ));
    const person = run.kind === "person" ? fullName(run.tokens) : null;
    const name = person ? person.name : (acronyms.get(run.name) ?? run.name);
    // "Muslim, Jewish and Evangelical Christian schools must …": a run right before a plural common noun
    // modifies it; it names no one.
    const modifier =
      next !== undefined &&
      then !== undefined &&
      /^\p{Ll}+s$/u.test(next.text) &&
      !/^(?:has|was|is|does|says)$/.test(next.lower) &&
      /^\s$/.test(text.slice(run.end, next.start)) &&
      /^\s$/.test(text.slice(next.end, then.start)) &&
      !lex.finite.has(next.lower) &&
      !isCue(next) &&
      (AUX.has(then.lower) || /^(?:must|should|can|could|may|might|will|would|are|were|have)$/.test(then.lower));
    // ("The inquiry, chaired by …, a former High Court judge, was set up …": a name after "a" or "an" and before a
    // lower-case noun modifies that noun)
    const attributive =
      /(?:^|[\s,])(?:a|an)\s+(?:\p{Ll}+\s+)?$/u.test(prefix) &&
      next !== undefined &&
      /^\s+$/.test(text.slice(run.end, next.start)) &&
      /^\p{Ll}+$/u.test(next.text) &&
      !lex.finite.has(next.lower) &&
      !isCue(next) &&
      !AUX.has(next.lower);
    // ("DiCaprio, who lost out on the award to Foxx, …": a lone name with a relative "who" is a person's)
    // (not a relation introduced by whose they are, "His wife Sharon, who called the police, …")
    // ("Ahmad, 32, who asked …": past an age)
    const who =
      /^,\s+(?:\d{1,3},\s+)?who\s/.test(text.slice(run.end, run.end + 12)) &&
      !lex.relatives.has(/(\p{L}+)\s+$/u.exec(prefix)?.[1].toLowerCase() ?? "");
    // ("a 29-year-old Eritrean man who asked to be identified only by his first name, Yonas, has spent …": a person
    // the article names by a first name only, saying so, as the subject's appositive)
    const givenOnly = person !== null && GIVEN_NAME_ONLY.test(prefix);
    const named = person !== null && !modifier && (titled || person.tokens.length > 1 || who || givenOnly);
    // (only a person the article gives a first name or title: not "but Villa were not interested")
    const clauseStart =
      person !== null &&
      (titled || lex.commonFirstNames.has(person.tokens[0].toLowerCase())) &&
      contrastive(prefix, next, lex);
    mentions.push({
      start: run.start,
      end: run.end,
      kind: run.kind,
      name,
      // A person introduced with an appositive role ("came from Brian Gammage, vice-president of
      // research at Gartner.") becomes the one the next pronouns are about.
      subject: !quoted && !modifier && !attributive && (initial || beforeCue || introduced || clauseStart || givenOnly),
      named,
      speaks: !quoted && speaks,
      quoted,
    });
  }
  // "Immigration, Refugees and Citizenship Canada", "A Foreign, Commonwealth and Development Office spokesperson":
  // capitalised common words listed before an organisation's name, which the article names no one by, open that
  // name (one department, not two people and an organisation).
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (m.kind !== "organization" || m.name.startsWith("the ")) continue;
    // (at the start of a sentence or clause, or after an article)
    const list =
      /(?:(?<![\p{L},]\s*)|(?<=(?:^|[^\p{L}])(?:[Aa]n?|[Tt]he)\s+))((?:\p{Lu}\p{Ll}+,\s+)+(\p{Lu}\p{Ll}+,?\s+and\s+)?)$/u.exec(
        text.slice(Math.max(0, m.start - 80), m.start),
      );
    if (!list || !(list[2] || m.name.includes(" and "))) continue;
    const from = m.start - list[1].length;
    const items = list[1].split(/,?\s+and\s+|,\s+/).filter(Boolean);
    const inside = mentions.filter((x) => x !== m && x.start >= from && x.end <= m.start);
    const lone = (x: Mention) =>
      x.kind === "person" &&
      !x.named &&
      items.includes(x.name) &&
      !lex.commonFirstNames.has(x.name.toLowerCase()) &&
      !lex.places.has(x.name.toLowerCase());
    if (!inside.every(lone)) continue;
    const name = text.slice(from, m.end);
    const at = mentions.indexOf(inside[0] ?? m);
    mentions.splice(at, inside.length + 1, { ...m, start: from, name });
    k = at;
  }
  // "The Department for Environment, Food and Rural Affairs", "the Department for Digital, Culture, Media and Sport":
  // capitalised words listed after an organisation's "for" or "of" and its first item go on with its name.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.kind !== "organization" || !/\s(?:for|of)\s+\p{Lu}\p{Ll}+$/u.test(m.name)) continue;
    const rest = /^(?:,\s+\p{Lu}\p{Ll}+)*,?\s+and\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?(?![\p{L}'’])/u.exec(
      text.slice(m.end, m.end + 80),
    );
    if (!rest || !rest[0].startsWith(",")) continue;
    const end = m.end + rest[0].length;
    const inside = mentions.slice(k + 1).filter((x) => x.start < end);
    if (!inside.every((x) => x.end <= end && !(x.kind === "person" && x.named && !x.name.includes(" and ")))) continue;
    mentions.splice(k, inside.length + 1, {
      ...m,
      end,
      name: m.name + text.slice(m.end, end),
      speaks: inside.at(-1)?.speaks ?? m.speaks,
      subject: m.subject || (inside.at(-1)?.subject ?? false),
    });
  }
  // "Parry said: "I sincerely hope …"": a lone name that speaks in the first person singular is a person's
  // surname (a club or a firm says "we"), named like one with a first name.
  const voiced = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "person" || m.named || !m.speaks || m.name.includes(" ")) continue;
    // (the quotation right after its cue, or right before the name with only a comma between)
    const near = doubles.find(
      (q) =>
        (q.start > m.end && q.start - m.end < 40 && !/[.!?]/.test(text.slice(m.end, q.start))) ||
        (q.end <= m.start &&
          /^[,.!?]?["”’]?,?\s*$/.test(text.slice(q.end, m.start)) &&
          /[,!?]/.test(text.slice(q.end - 1, m.start))),
    );
    if (near && FIRST_PERSON.test(text.slice(near.start, near.end))) voiced.add(m.name);
  }
  for (const m of mentions) if (voiced.has(m.name) && m.kind === "person") m.named = true;
  return { persons, mentions, acronyms, fullName, surnames };
}
