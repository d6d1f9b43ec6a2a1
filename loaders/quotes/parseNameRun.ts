import { isHonorific } from "./isHonorific.ts";
import { isOneSource } from "./isOneSource.ts";
import { isPlace } from "./isPlace.ts";
import { isPossessive } from "./capitalRuns.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Word } from "./words.ts";
import { hasWord } from "./hasWord.ts";
import { isDemonym } from "./isDemonym.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { monthPattern } from "./monthPattern.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

/** A capitalised run read as a person (name and title) or an organisation. */
export interface NameRun {
  kind: "person" | "organization";
  /** The name without title or dropped honorific (`Harjit Sajjan`, `the Associated Press`). */
  name: string;
  tokens: string[];
  role: string | null;
  gender: string;
  start: number;
  end: number;
}

const INDUSTRY_ENDS = lexiconSet("quotes/industry-name-ends");
const NAME_HEADS = lexiconSet("quotes/possessive-name-heads");
const VERBS_NOT_NOUNS = lexiconSet("quotes/verbs-not-nouns");
const TIME_ZONES = lexiconSet("time-zones");
const SURNAME_HONORIFICS = ["Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss", "Dr", "Dr."];
const bare = (w: string) => w.toLowerCase().replace(/’/g, "'").replace(/\.$/, "");
const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}$/;
// (Not "I", "He" or "Will", which end or start real names: "Elizabeth I", "He Yafei", "Will Smith".)
const INSIDE_TITLE = new Set([
  "it",
  "she",
  "they",
  "we",
  "you",
  "is",
  "are",
  "was",
  "were",
  "have",
  "has",
  "had",
  "does",
  "did",
  // ("Everything In This Country Must", "Stars In Their Eyes": a demonstrative, a possessive determiner or a modal too)
  "this",
  "that",
  "these",
  "those",
  "my",
  "your",
  "our",
  "their",
  "its",
  "must",
  "should",
  "shall",
]);

// A month or a weekday, in full or abbreviated ("Nov.", "Mon", "Thurs"; lexicon `date-abbreviations`).
const DATE_WORD = new RegExp(
  `^(?:${monthPattern}|${weekdayPattern}|${lexicon("date-abbreviations")
    .map((a) => a[0].toUpperCase() + a.slice(1))
    .join("|")})\\.?$`,
  "u",
);
// A day or a year after it, or a month and its day after a weekday ("Thursday, Aug. 26").
const DAY_AFTER = new RegExp(`^\\.?,?\\s+(?:\\d{1,4}\\b|(?:${monthPattern})\\.?\\s+\\d)`, "u");

/** Reads the capitalised run `ws[i..j]` as a person or an organisation, or null when it is neither. */
export function parseNameRun(
  text: string,
  ws: readonly Word[],
  i: number,
  j: number,
  lex: QuoteLexicon,
  surnames: ReadonlySet<string> = new Set(),
): NameRun | null {
  let the = false;
  // ("Brian May … May said:": a lone word that is the surname of someone named in full, before a verb, is a name
  // though it is also a month)
  const surname =
    i === j &&
    surnames.has(ws[i].lower) &&
    !/^(?:in|on|of|at|by|from|since|until|till|to|during|for|last|next|this|early|late|mid|end)$/.test(
      ws[i - 1]?.lower ?? "",
    ) &&
    /^\s+\p{Ll}/u.test(text.slice(ws[j].end, ws[j].end + 3));
  while (i <= j && lex.notNames.has(ws[i].lower) && !surname) {
    the = ws[i].lower === "the";
    i++;
  }
  // "Analysing Mr Brown's position, …": a participle opening the sentence is not part of the name.
  // ("Reading Football Club" keeps its first word: only a name with an honorific, title or first name follows.)
  if (
    i < j &&
    /^\p{Lu}\p{Ll}{3,}ing$/u.test(ws[i].text) &&
    !lex.commonFirstNames.has(ws[i].lower) &&
    [lex.honorifics, lex.titles, lex.firstNames].some((l) => l.has(bare(ws[i + 1].text)))
  )
    i++;
  // "Eventually Asimo could find …", "Initially Mr Brown …": an adverb in -ly opening the sentence is not part of the
  // name (by its ending: not "Family Guy", "Beverly Hills", "Assembly Member").
  if (
    i < j &&
    i === 0 &&
    /^\p{Lu}\p{Ll}+(?:ally|ively|ently|antly|ously|ately|fully|edly|ingly|ctly|itely|arly|enly|ibly|ably|stly|ftly|ghtly)$/u.test(
      ws[i].text,
    ) &&
    !lex.firstNames.has(ws[i].lower)
  )
    i++;
  // "Said Mr Fogg: …": a capitalised cue verb opening the sentence inverts the attribution; it is
  // not part of the name after it (when a title, an honorific or a colon or comma marks it, so that
  // "Said Aouita won" keeps its first name).
  if (
    i < j &&
    lex.cues.has(ws[i].lower) &&
    /(?:^|[.!?:]["”’]?)\s*$/.test(text.slice(Math.max(0, ws[i].start - 4), ws[i].start)) &&
    (lex.honorifics.has(bare(ws[i + 1].text)) ||
      lex.titles.has(bare(ws[i + 1].text)) ||
      /^\s*[:,]/.test(text.slice(ws[j].end, ws[j].end + 2)))
  )
    i++;
  // "EADS Philippe Camus", "ACME Mr Dorsey": an organisation's acronym before a first name or an
  // honorific is the person's affiliation, not part of the name.
  if (
    j - i >= 2 &&
    ACRONYM.test(ws[i].text) &&
    (lex.commonFirstNames.has(bare(ws[i + 1].text)) || lex.honorifics.has(bare(ws[i + 1].text)))
  )
    i++;
  if (i > j) return null;
  // "Both the Cardinal and Archbishop of Canterbury Dr Rowan Williams": two people; the run names the second.
  if (/(?<![\p{L}])both\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, ws[i].start - 12), ws[i].start))) {
    const and = ws.findIndex((w, k) => k > i && k < j && w.lower === "and");
    if (and > 0) i = and + 1;
  }
  // "She's Gotta Have It", "What Is It": a pronoun or a finite verb inside the run makes it a title of a
  // work, not a name.
  // ("Cara Diemont of IT" is a name: letters are no pronoun)
  for (let k = i + 1; k <= j; k++) if (INSIDE_TITLE.has(ws[k].lower) && !/^\p{Lu}{2,}$/u.test(ws[k].text)) return null;
  const last = ws[j];
  // "Posted November 28, 2022", "Updated Jan. 5", "Posted Mon 12 Jun 2023", "Published Thursday, Aug. 26": a run
  // ending in a month or a weekday before a day or a year is a date line.
  if (DATE_WORD.test(last.text) && DAY_AFTER.test(text.slice(last.end, last.end + 16))) return null;
  // ("Sainsbury's said", "McDonald's has": a name in possessive form before a verb is the firm's whole name)
  // (lexicon `quotes/verbs-not-nouns`)
  const possessive =
    isPossessive(last) && !VERBS_NOT_NOUNS.has(/^\s+(\p{L}+)/u.exec(text.slice(last.end, last.end + 10))?.[1] ?? "");
  const end = possessive ? last.end - (/s['’]$/.test(last.text) ? 1 : 2) : last.end;
  const tokens = ws.slice(i, j + 1).map((w) => w.text);
  if (possessive) tokens[tokens.length - 1] = text.slice(last.start, end);
  const lower = tokens.map(bare);
  const joined = lower.join(" ");
  const start = ws[i].start;
  // An organisation's name as written ("British Bankers' Association"), spaces normalised.
  const asWritten = text.slice(start, end).replace(/\s+/g, " ");
  const org = (name: string): NameRun => ({
    kind: "organization",
    name: the ? `the ${name}` : name,
    tokens,
    role: null,
    gender: "",
    start,
    end,
  });
  if (lex.orgPlurals.has(joined) || isPlace(joined, lex)) return org(asWritten);
  // "Reporters Without Borders": a capitalised preposition inside the run makes it an organisation's name.
  if (tokens.slice(1, -1).some((t) => /^(?:Without|Against|For|Beyond|Across|Into|Within|Versus)$/.test(t)))
    return org(asWritten);
  // ("St. Joseph's Healthcare Hamilton", "King's College London": a possessive inside the run, before an institution's
  // head word, makes it an institution's name; lexicon `quotes/possessive-name-heads`)
  const possessor = tokens.findIndex((t, k) => k < tokens.length - 1 && /['’]s$/.test(t));
  if (possessor >= 0 && lower.slice(possessor + 1).some((w) => NAME_HEADS.has(w))) return org(asWritten);
  // "St Helens", "St Andrews": a saint's name alone names a place or a club, not a person.
  if (lower.length === 2 && /^(?:st|saint)$/.test(lower[0].replace(/\.$/, ""))) return org(asWritten);
  // ("the DJ": an abbreviated person noun is no organisation)
  if (tokens.length === 1 && lex.personAnaphors.has(lower[0])) return null;
  // ("Updated 7:42 p.m. CT": a time zone after a time of day)
  if (
    tokens.length === 1 &&
    TIME_ZONES.has(lower[0]) &&
    /(?:\d|[ap]\.?m\.?)\s*$/i.test(text.slice(Math.max(0, start - 8), start))
  )
    return null;
  if (tokens.length === 1 && ACRONYM.test(tokens[0])) return org(tokens[0]);
  // "BBC Five Live", "BBC Sport", "RSA Security": an organisation's acronym opening a run with no first name,
  // honorific or title in it names a part of that organisation.
  if (
    tokens.length >= 2 &&
    ACRONYM.test(tokens[0]) &&
    // (three letters at least: "JK Rowling", "KK Mittal" are initials)
    tokens[0].length >= 3 &&
    // (a word that is also a first name may end a two-word one: "EPA Victoria")
    !lower.some(
      (w, k) =>
        (lex.commonFirstNames.has(w) && !(k === 1 && lower.length === 2)) || lex.honorifics.has(w) || lex.titles.has(w),
    )
  )
    return org(asWritten);
  // "Ex-chat show host …", "Anti-war protesters": a hyphenated modifier in lower case after its capital is no name
  // ("Kilroy-Silk" and "Jean-Paul" keep their capitals).
  if (tokens.length === 1 && /^\p{Lu}\p{Ll}*-\p{Ll}/u.test(tokens[0])) return null;
  // "Marsh & McLennan", "Marks & Spencer": names joined by an ampersand name a firm.
  // ("Gary Thayer of AG Edwards & Sons" is a person of the firm)
  if (tokens.length >= 2 && /\s&\s/.test(asWritten) && !/\s(?:of|for|at)\s/.test(asWritten)) return org(asWritten);
  // "Mr Justice Eady", "Lady Justice Hale": a judge's style of address is part of the name.
  const style = lower.findIndex((w, k) => lex.honorifics.has(w) && lower[k + 1] === "justice" && k + 2 < tokens.length);
  if (style >= 0 && !lower.slice(style + 2).some((w) => lex.titles.has(w) || lex.orgHeads.has(w))) {
    const styled = tokens.slice(style);
    return {
      kind: "person",
      name: styled.join(" "),
      tokens: styled,
      role: style > 0 ? tokens.slice(0, style).join(" ") : null,
      gender: lex.honorifics.get(lower[style])?.gender ?? "",
      start: ws[i + style].start,
      end,
    };
  }
  // Title split: the last title word that still has a name after it.
  let t = -1;
  // ("Dean Kiely": a title word that is also a first name, before a lone surname, is the first name)
  for (let k = 0; k < tokens.length - 1; k++)
    if (
      lex.titles.has(lower[k]) &&
      !(k === 0 && tokens.length === 2 && lex.commonFirstNames.has(lower[k])) &&
      // ("Brian 'Head' Welch": a word in quotation marks inside a name is a nickname)
      !/['‘"“]$/.test(text.slice(ws[i + k].start - 1, ws[i + k].start)) &&
      // ("Prince Charles": a style kept in the name, lexicon quotes/honorifics, is no role)
      !lex.styles.has(lower[k])
    )
      t = k;
  // "Judges Simon Cowell, Louis Walsh and …": a plural title before the first name of a list's first person.
  if (
    t < 0 &&
    /s$/.test(lower[0]) &&
    lex.titles.has(lower[0].slice(0, -1)) &&
    // ("Sprinters Kostas Kenteris and …": or before a first name and a surname the lexicon lacks)
    (lex.firstNames.has(lower[1] ?? "") || tokens.length === 3) &&
    !lower.includes("and")
  )
    t = 0;
  // "Teenager Sania Mirza", "Newcomer Jo Pavey": a noun that describes a person (lexicon `quotes/person-anaphors`)
  // before a first name and a surname the lexicon lacks is the role.
  // ("Passenger Rhea Castellanos", "Resident Jo Marsh": or a singular head of an anonymous source, lexicon
  // `quotes/anonymous-heads`)
  const describing = (w: string) => lex.personAnaphors.has(w) || isOneSource(w, lex);
  if (t < 0 && tokens.length === 3 && describing(lower[0]) && /^\p{Lu}\p{Ll}/u.test(tokens[1])) t = 0;
  // "Fly-half Jonny Wilkinson", "Oscar-winner Andrea Arnold": a hyphenated description before a first name
  // (or before a lone surname: "Scrum-half Williams").
  for (let k = 0; k < tokens.length - 1; k++)
    if (
      /^\p{Lu}\p{L}*-\p{Ll}+$/u.test(tokens[k]) &&
      (lex.commonFirstNames.has(lower[k + 1]) ||
        (k === 0 && tokens.length === 3) ||
        // ("Paris-based Euronext", "UK-published China" describe organisations)
        (k === 0 && tokens.length === 2 && !/-\p{Ll}+ed$/u.test(tokens[k]))) &&
      k > t
    )
      t = k;
  // "Liberal Democrat Alan Beith", "Fellow Lib Dem Norman Baker", "US Treasury Under-Secretary John Taylor": an
  // affiliation or description before a known first name and a surname is the role.
  // ("Farhat Omar Ben Gadaravice": not a name particle that is also a first name)
  if (
    t < 0 &&
    tokens.length >= 3 &&
    lex.commonFirstNames.has(lower[tokens.length - 2]) &&
    !lex.nameParticles.has(lower[tokens.length - 2])
  ) {
    const first = tokens.length - 2;
    const before = lower.slice(0, first);
    // ("Young People and Families Margaret Hodge": "and" inside an office's name, with no first name before it)
    const office =
      before.includes("and") &&
      before.length >= 3 &&
      tokens.slice(0, first).every((w) => /^\p{Lu}/u.test(w) || w === "and");
    if (!before.some((w) => lex.commonFirstNames.has(w) || lex.honorifics.has(w) || (w === "and" && !office)))
      t = first - 1;
  }
  // "Australian Lynton Crosby", "Spaniard Guillermo Garcia-Lopez": a nationality before a first name and surname
  // is the role.
  if (
    t < 0 &&
    tokens.length === 3 &&
    // (a nationality noun, or a place word with a nationality's ending, "Australian", or "French")
    (lex.demonyms.has(lower[0]) ||
      (lex.placeWords.has(lower[0]) && (isDemonym(tokens[0], lex) || /ch$/.test(lower[0])))) &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[1]) &&
    /^\p{Lu}\p{Ll}/u.test(tokens[2]) &&
    !lower.slice(1).some((w) => lex.orgHeads.has(w) || lex.titles.has(w) || lex.places.has(w) || lex.demonyms.has(w)) &&
    // (a first name, or a surname the article gives an honorific: not "European Indoor Championships")
    (lex.firstNames.has(lower[1]) || SURNAME_HONORIFICS.some((h) => hasWord(text, `${h} ${tokens[2]}`)))
  )
    t = 0;
  // "Lib Dem Sir Archy Kirkwood": an affiliation before an honorific and a name is the role.
  if (t < 0 && tokens.length >= 3 && !lower.includes("and")) {
    const h = lower.findIndex((w, k) => k > 0 && k < tokens.length - 1 && isHonorific(w, lex));
    if (h > 0 && !lower.slice(0, h).some((w) => lex.commonFirstNames.has(w) || isHonorific(w, lex) || w === "and"))
      t = h - 1;
  }
  // "Secretary of State Antony Blinken": the name starts after the title's last connector too.
  // (not past a first name: "Inspector Paul Miller of Thames Valley Police" is Paul Miller, of the police)
  if (t >= 0)
    for (let k = t + 1; k < tokens.length - 1 && !lex.commonFirstNames.has(lower[k]); k++)
      if (/^\p{Ll}/u.test(tokens[k])) t = k + 1 < tokens.length - 1 ? k + 1 : t;
  // ("Chairman of the Public Accounts Committee Edward Leigh": past the body the title is of, to a first name and
  // surname, with letters after them, that close the run)
  if (t >= 0) {
    const f = lower.findIndex((w, k) => k > t + 1 && lex.commonFirstNames.has(w));
    if (
      f > t + 1 &&
      f + 1 < tokens.length &&
      /^\p{Lu}\p{Ll}/u.test(tokens[f + 1]) &&
      lower.slice(f + 2).every((w) => lex.postNominals.has(w)) &&
      tokens.slice(t + 1, f).every((w) => /^\p{Lu}/u.test(w)) &&
      // ("Chief Inspector of Marine Accidents Helen Garside": or words that are no first name, not "Secretary of
      // State Mary Ann Smith")
      (lower.slice(t + 1, f).some((w) => lex.orgHeads.has(w)) ||
        (lower.slice(0, t).includes("of") &&
          !lower.slice(t + 1, f).some((w) => lex.firstNames.has(w) || isHonorific(w, lex))))
    )
      t = f - 1;
  }
  // "Global Affairs Canada": a title word before a country names a department, not a person.
  if (t >= 0 && t === tokens.length - 2 && lex.places.has(lower[tokens.length - 1])) return org(asWritten);
  // ("Economic Development Canada", "Statistics Canada": capitalised common words before a country name a department
  // or agency too, not a first name, a place or a nationality)
  if (
    t < 0 &&
    tokens.length >= 2 &&
    lex.places.has(lower[tokens.length - 1]) &&
    lower
      .slice(0, -1)
      .every(
        (w, k) =>
          /^\p{Lu}\p{Ll}+$/u.test(tokens[k]) &&
          !lex.firstNames.has(w) &&
          !lex.honorifics.has(w) &&
          !isPlace(w, lex) &&
          !lex.regionWords.has(w) &&
          !lex.placeWords.has(w) &&
          !lex.demonyms.has(w),
      )
  )
    return org(asWritten);
  // ("the Office of the Director of Military Prosecutions": an organisation's head word and its "of" open the run,
  // whatever titles follow)
  if (t >= 0 && tokens[1] === "of" && lex.orgHeads.has(lower[0]) && !lex.titles.has(lower[0])) return org(asWritten);
  let nameFrom = t + 1;
  let gender = "";
  while (nameFrom < tokens.length - 1 && lex.honorifics.has(lower[nameFrom])) {
    const h = lex.honorifics.get(lower[nameFrom]);
    gender ||= h?.gender ?? "";
    if (!h?.drop) break;
    nameFrom++;
  }
  let nameTokens = tokens.slice(nameFrom);
  // "Mike Powell of Dresdner Kleinwort Wasserstein": a person's affiliation is not part of the name.
  // ("Lord Nicholls of Birkenhead": a peer's territorial designation is part of the name.)
  const peer =
    lex.peerageTitles.has(bare(nameTokens[0] ?? "")) &&
    nameTokens[2] === "of" &&
    nameTokens.length >= 4 &&
    nameTokens.slice(3).every((w) => /^\p{Lu}/u.test(w) && !lex.orgHeads.has(bare(w)));
  const of = peer ? -1 : nameTokens.findIndex((w, k) => k > 0 && /^(?:of|for|at)$/.test(w));
  // "Friends of the Earth", "Doctors for Peace": one word before "of" with no honorific, title or first
  // name is the head of an organisation's name, not a person's.
  if (of === 1 && nameFrom === 0 && t < 0 && !lex.commonFirstNames.has(bare(nameTokens[0]))) return org(asWritten);
  let nameEnd = end;
  if (of > 0) {
    nameTokens = nameTokens.slice(0, of);
    nameEnd = ws[i + nameFrom + of - 1].end;
  }
  // "Ian MacDonald QC", "John Smith MP": letters after the name go to the role ("the Glasgow
  // Kelvin MP" is a description, not a name).
  let post = nameTokens.length;
  while (post > 1 && !the && lex.postNominals.has(bare(nameTokens[post - 1]))) post--;
  const postNominal = post < nameTokens.length ? nameTokens.slice(post).join(" ") : null;
  if (postNominal && of <= 0) {
    nameEnd = ws[i + nameFrom + post - 1].end;
    nameTokens = nameTokens.slice(0, post);
  }
  // "Secretary of State for the Family" is a role, not a name.
  if (t >= 0 && nameTokens.some((w, k) => /^\p{Ll}/u.test(w) && !(peer && k === 2))) return null;
  const nameLower = nameTokens.map(bare);
  // "Downing Street said", "Wall Street expects": a street standing for the office or market on it.
  if (nameLower.length >= 2 && /^(?:street|st)$/.test(nameLower[nameLower.length - 1]) && t < 0 && nameFrom === 0)
    return org(asWritten);
  // ("Prof Brewer", "Eric Brewer": after an honorific or a first name an organisation word is a surname.)
  const personal = nameFrom > t + 1 || (nameLower.length >= 2 && lex.commonFirstNames.has(nameLower[0]));
  // "Hollywood Boulevard", "Wembley Stadium": a place's name (lexicon `quotes/place-nouns`).
  if (!personal && t < 0 && nameLower.length >= 2 && lex.placeNouns.has(nameLower[nameLower.length - 1])) return null;
  // "Windows ATMs", "Dell PCs": a plural acronym names things, not a person.
  if (!personal && t < 0 && /^\p{Lu}{2,}s$/u.test(nameTokens[nameTokens.length - 1])) return null;
  // ("Kazuhiro Takahashi of Daiwa Securities SMBC": an organisation word after "of" is the affiliation's.)
  if (
    !personal &&
    (nameLower.some((w) => lex.orgHeads.has(w)) ||
      (t < 0 && nameLower.length >= 2 && INDUSTRY_ENDS.has(nameLower[nameLower.length - 1])) ||
      (t < 0 && (of <= 0 || the) && lower.some((w) => lex.orgHeads.has(w))))
  )
    return org(asWritten);
  if (lex.orgPlurals.has(nameLower.join(" ")) || lex.orgPlurals.has(nameLower[nameLower.length - 1]))
    return org(nameTokens.join(" "));
  // ("Economy minister German Gref": after a title in lower case the run is the holder's name)
  const titled = lex.titles.has(/(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start))?.[1] ?? "");
  // "Texas Instruments", "British Airways": a place or its adjective opening a two-word name with no
  // title, honorific or first name names an organisation.
  // (two words only: "American Robby Ginepri" is a person with a nationality)
  const placeFirst =
    lex.placeWords.has(nameLower[0]) &&
    !lex.commonFirstNames.has(nameLower[0]) &&
    !lex.commonFirstNames.has(nameLower[1]);
  // "Health Canada", "Statistics Canada", "Sport England": a word that is no first name before a country names
  // a public body (not "Jimmy Wales", "Michael Jordan").
  const countryLast =
    lex.places.has(nameLower[1]) &&
    !lex.firstNames.has(nameLower[0]) &&
    !lex.placeWords.has(nameLower[0]) &&
    /^\p{Lu}\p{Ll}+$/u.test(nameTokens[0]);
  if (t < 0 && nameFrom === 0 && !titled && nameLower.length === 2 && (placeFirst || countryLast))
    return org(asWritten);
  let role: string | null = null;
  if (t >= 0) role = tokens.slice(0, t + 1).join(" ");
  if (t < 0 && nameFrom > 0) role = null;
  if (postNominal && of <= 0) role = role ? `${role}, ${postNominal}` : postNominal;
  if (role && /spokeswoman|chairwoman|queen|princess|actress/i.test(role)) gender ||= "f";
  if (role && /spokesman|chairman|king|prince\b/i.test(role)) gender ||= "m";
  const written = text.slice(ws[i + nameFrom].start, nameEnd);
  return {
    kind: "person",
    // A nickname keeps its quotation marks: "Ahmed 'Mido' Hossam".
    name: /['‘’"“”] | ['‘’"“”]/.test(written) ? written : nameTokens.join(" "),
    tokens: nameTokens,
    role,
    gender,
    start: ws[i + nameFrom].start,
    end: nameEnd,
  };
}
