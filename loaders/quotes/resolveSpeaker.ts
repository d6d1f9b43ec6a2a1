import { lexiconSet } from "../lexicon/lexicon.ts";
import { frontedTopic } from "./frontedTopic.ts";
import type { SpeakerType } from "../types.ts";
import { capitalRuns, isCapital } from "./capitalRuns.ts";
import { documentSpeaker } from "./documentSpeaker.ts";
import type { Entities, Mention } from "./entities.ts";
import { loneName } from "./loneName.ts";
import { mostNamed } from "./mostNamed.ts";
import { introducedAs } from "./introducedAs.ts";
import { isAgentNoun } from "./isAgentNoun.ts";
import { nearest } from "./nearest.ts";
import { isRoleless, roleHolder } from "./roleHolder.ts";
import { listBefore, organisationList } from "./organisationList.ts";
import { parseNameRun } from "./parseNameRun.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { subjectForm } from "./subjectForm.ts";
import { words, type Word } from "./words.ts";
import { isDocumentHead } from "./isDocumentHead.ts";

/** Who a quote is attributed to. */
export interface Attribution {
  speaker: string;
  speaker_type: SpeakerType;
  role: string | null;
  speaker_start: number;
  speaker_end: number;
}

const CIRCUMSTANCE =
  /^(?:alongside|along with|together with|with|accompanied by|flanked by|joined by|speaking|in|at|on|after|before|during|while|when|like|unlike|as|including|once|formerly|now|still)\b/i;
const DETERMINERS = /^(?:the|a|an|one|two|three|several|some|many|multiple|other|another|his|her|their|its)\s+/i;

// The person a description refers to ("the 25-year-old Dubliner", "the veteran", "The Scot"): of those
// named in the sentence before (or this one), subject or not ("None more so than Henson, who … . The
// confident 23-year-old is undaunted …"), the one the article has named most so far ("Souness is said
// to be impressed by Dunne's form. But the 25-year-old Dubliner …" is Dunne), the earlier on a tie;
// else the last named subject.
function describedPerson(text: string, ents: Entities, s: number): Mention | undefined {
  const bounds = [...text.slice(Math.max(0, s - 600), s).matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)];
  const from = bounds.length >= 2 ? Math.max(0, s - 600) + bounds[bounds.length - 2].index : -1;
  const full = (x: Mention) => ents.fullName(x.name.split(" ")).name;
  const near = ents.mentions.filter(
    (x) => x.start >= from && x.start < s && x.kind === "person" && full(x).includes(" "),
  );
  const salient = mostNamed(ents, near, s);
  return salient ?? nearest(ents.mentions, s, (x) => x.kind === "person" && x.named && x.subject);
}

// "Cairn said" after "Shares in Cairn Energy …": the fuller two-word name the article introduced it by
// (not for acronyms like "BBC").
function longerName(ents: Entities, name: string): Mention | undefined {
  if (name.includes(" ") || /^\p{Lu}+$/u.test(name)) return undefined;
  // Only the name the article introduced it by: "Yukos" first and "Yukos USA" later are two companies.
  const first = ents.mentions.find((x) => {
    const bare = x.name.replace(/^the /, "");
    return bare === name || bare.startsWith(`${name} `);
  });
  const bare = first?.name.replace(/^the /, "") ?? "";
  return bare.split(" ").length === 2 && bare.startsWith(`${name} `) ? first : undefined;
}

// The last sentence before `at` that opens with a document as its subject ("The report said …"), within
// the two sentences before it.
function lastDocumentSubject(text: string, at: number, lex: QuoteLexicon): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, at - 600), at);
  const opens = [...before.matchAll(/(?:^|[.!?]["”’]?\s+)(The\s+(?:[\p{L}-]+\s+){0,2}?(\p{Ll}+))[\s,]/gu)];
  for (const m of opens.reverse()) {
    if (!isDocumentHead(m[2], lex)) continue;
    const start = Math.max(0, at - 600) + m.index + m[0].length - m[1].length - 1;
    // (only within the last two sentences)
    if ((text.slice(start, at).match(/[.!?]["”’]?\s/g) ?? []).length > 2) return null;
    return { start, end: start + m[1].length };
  }
  return null;
}

/**
 * Resolves the speaker phrase `text[start, end)` (a name, a pronoun, a role noun or a description)
 * to the fullest name the article gives, or the source's own description. `appositive` is the
 * phrase set off after the name (`a professor of …`), used as the role.
 */
export function resolveSpeaker(
  text: string,
  start: number,
  end: number,
  ents: Entities,
  lex: QuoteLexicon,
  appositive: string | null = null,
): Attribution | null {
  // Trim to the phrase proper: no leading conjunction, no trailing relative clause or punctuation.
  let ws = words(text, start, end);
  while (
    ws.length > 1 &&
    (/^(?:and|but|so|then|or|also|while|as|with|like|in|at|for|by|meanwhile|however)$/.test(ws[0].lower) ||
      /^\p{Lu}\p{Ll}+ly$/u.test(ws[0].text))
  )
    ws = ws.slice(1);
  // "Laying into the record he": a phrase that ends in a pronoun is that pronoun.
  if (ws.length > 1 && lex.pronouns.has(ws[ws.length - 1].lower) && /^\p{Ll}/u.test(ws[ws.length - 1].text))
    ws = ws.slice(-1);
  // "The Council of Mortgage Lenders (CML), British Bankers Association (BBA) and …": all of them.
  const listEnd = ws.length ? Math.max(ws[ws.length - 1].end, start + text.slice(start, end).trimEnd().length) : end;
  const list = ws.length > 2 ? organisationList(text, ws[0].start, listEnd, ents, lex) : null;
  if (list)
    return {
      speaker: list.name,
      speaker_type: "organization",
      role: null,
      speaker_start: list.start,
      speaker_end: list.end,
    };
  if (!ws.length || ws.length > 14) return null;
  // "Cara Diemont of IT firm Dimension Data": a named person's affiliation is not the speaker.
  const first = capitalRuns(text, ws)[0];
  if (first?.[0] === 0) {
    const run = parseNameRun(text, ws, 0, first[1], lex);
    const named = run?.kind === "person" && run.tokens.length > 1 && lex.firstNames.has(run.tokens[0].toLowerCase());
    if (named && /^,?\s+(?:of|at|from)\s+\S*\s*\p{Ll}/u.test(text.slice(run.end, ws[ws.length - 1].end)))
      return resolveSpeaker(text, ws[0].start, run.end, ents, lex, appositive);
  }
  // (… and before a time: "Band Aid founder Bob Geldof in July said")
  const months = lexiconSet("figures/months");
  const cut = ws.findIndex(
    (w, k) =>
      k > 0 &&
      (/^(?:who|which|whose|known|speaking|familiarity)$/.test(w.lower) ||
        (/^(?:in|on|last|this|during)$/.test(w.lower) &&
          (months.has(ws[k + 1]?.lower ?? "") || lex.timeWords.has(ws[k + 1]?.lower ?? "")) &&
          // (only a trailing time: not "At prime minister's questions last week Tony Blair")
          ws.slice(k + 1).every((x) => months.has(x.lower) || lex.timeWords.has(x.lower) || /^\d+$/.test(x.text))) ||
        (k === ws.length - 1 && lex.timeWords.has(w.lower) && /^(?:yesterday|today|tonight)$/.test(w.lower))),
  );
  const core = cut > 0 ? ws.slice(0, cut) : ws;
  const s = core[0].start;
  const e = core[core.length - 1].end;
  const phrase = text.slice(s, e);
  const full = text.slice(s, ws[ws.length - 1].end);
  const lowers = core.map((w) => w.lower);
  const lastWord = core[core.length - 1];
  // "the Labour MP for Birkenhead": the title before its "for"/"of" heads the phrase.
  const titleAt = lowers.findIndex((w, k) => k > 0 && /^(?:for|of)$/.test(w) && lex.titles.has(lowers[k - 1]));
  const roleOf = (r: string | null) =>
    r ?? (appositive ? appositive.replace(/^(?:the|a|an)\s+/i, "").replace(/^[\p{L}.]+['’]s\s+/u, "") : null);
  // The one a description's noun introduced ("artists Langlands & Bell"), by its fullest name.
  const introduced = (m: Mention): Attribution => ({
    speaker: m.kind === "person" ? ents.fullName(m.name.split(" ")).name : m.name,
    speaker_type: m.kind,
    role: null,
    speaker_start: s,
    speaker_end: e,
  });
  // An unnamed source or group, as the article describes it.
  const unnamed = (speaker: string): Attribution => ({
    speaker,
    speaker_type: "anonymous",
    role: null,
    speaker_start: s,
    speaker_end: e,
  });

  // "the firms", "the three companies": the organisations the article last listed together.
  const singular = lastWord.lower.replace(/ies$/, "y").replace(/s$/, "");
  if (
    lowers[0] === "the" &&
    lastWord.lower !== singular &&
    lex.orgAnaphors.has(singular) &&
    core.every((w, k) => /^\p{Ll}/u.test(w.text) || /^\d+$/.test(w.text) || (k === 0 && w.text === "The"))
  ) {
    const list = listBefore(text, s, ents, lex);
    // ("unions at the Italian carmaker have said. The unions claim …": the noun used after the list
    // introduced other ones)
    const noun = new RegExp(`([\\p{L}-]+)[\\s,;:]+${lastWord.lower}\\b`, "giu");
    const elsewhere = list
      ? [...text.slice(Math.max(0, list.start - 1500), s).matchAll(noun)].some(
          (m) =>
            !/^(?:the|these|those|both|all|two|three|four|five|six|several|other)$/i.test(m[1]) &&
            // (not the noun that introduced the list: "drug firms Elan and Biogen Idec")
            !/^\s*$/.test(text.slice(Math.max(0, list.start - 1500) + m.index + m[0].length, list.start)),
        )
      : false;
    if (list && !elsewhere)
      return { speaker: list.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
  }
  // "the artists" after "Bafta-winning artists Langlands & Bell": the name the article introduced with the
  // same plural noun.
  // (a noun for people or bodies: "the artists", "the campaigners", not "the charges")
  if (
    lowers[0] === "the" &&
    core.length <= 3 &&
    /^\p{Ll}+s$/u.test(lastWord.text) &&
    lastWord.lower !== singular &&
    (isAgentNoun(singular, lex) ||
      [lex.titles, lex.personAnaphors, lex.orgAnaphors, lex.anonymousHeads].some((l) => l.has(singular)))
  ) {
    const m = introducedAs(text, ents.mentions, s, lastWord.lower);
    if (m) return introduced(m);
  }
  // "quoted him as saying": an object pronoun stands for its subject form.
  const pronoun = core.length === 1 ? subjectForm(lastWord.lower) : "";
  if (core.length === 1 && lex.pronouns.has(pronoun)) {
    const p = lex.pronouns.get(pronoun);
    if (p?.kind === "person" && p.gender) {
      const m = nearest(ents.mentions, s, (x) => {
        if (x.kind !== "person" || !x.subject || !x.named) return false;
        if (frontedTopic(text, x.start, x.end, s)) return false;
        // "Sylvester Stallone's ex-wife …": a possessor is not the subject.
        if (/^['’]s?\b/.test(text.slice(x.end, x.end + 2))) return false;
        // "Cate Blanchett, who won for playing … Katharine Hepburn in The Aviator, said": nor is a name
        // inside a relative clause.
        if (/,\s+(?:who|whose|which)\s[^,.!?;:"“”]*$/.test(text.slice(Math.max(0, x.start - 120), x.start)))
          return false;
        const g = ents.fullName(x.name.split(" ")).gender;
        return !g || g === p.gender;
      });
      // With no subject before it, the person the article has named so far, in the possessive too ("Bill
      // Conti's job … This year marks Conti's 17th turn … "…," he says."), when there is only one and the
      // article keeps naming them (not "President Castro's chief aide said …").
      const earlier = m
        ? []
        : ents.mentions
            .filter((x) => x.kind === "person" && x.named && x.end <= s)
            .map((x) => ents.fullName(x.name.split(" ")))
            .filter((x) => !x.gender || x.gender === p.gender)
            .map((x) => x.name);
      const named = [...new Set(earlier)];
      if (
        !m &&
        (named.length !== 1 || earlier.length < 2 || ents.mentions.filter((x) => x.name === named[0]).length < 4)
      )
        return { speaker: phrase, speaker_type: "person", role: null, speaker_start: s, speaker_end: e };
      const person = ents.fullName(m ? m.name.split(" ") : named[0].split(" "));
      return { speaker: person.name, speaker_type: "person", role: person.role, speaker_start: s, speaker_end: e };
    }
    if (p?.kind === "organization") {
      const m = nearest(
        ents.mentions,
        s,
        (x) =>
          (x.kind === "organization" || loneName(text, ents, lex, x)) &&
          x.subject &&
          !lex.places.has(x.name.toLowerCase()),
      );
      // "The report said … . It also said …": a document opening a later sentence is what "it" stands for.
      const docAt = lastDocumentSubject(text, s, lex);
      if (docAt && (!m || docAt.start > m.end)) {
        const document = resolveSpeaker(text, docAt.start, docAt.end, ents, lex);
        if (document) return { ...document, speaker_start: s, speaker_end: e };
      }
      if (!m) return { speaker: phrase, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
      return { speaker: m.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
    }
    // "they": left to the refiners, which look for the previous speaker.
    if (p?.kind === "plural" && pronoun === "they") return unnamed(phrase);
    return null;
  }

  // "Mr Nogar's son Stephen": a child or sibling named by first name shares the family's surname
  // (not a lawyer or a friend).
  const family = /^(.+?)['’]s\s+(son|daughter|brother|sister|grandson|granddaughter)\s+(\p{Lu}\p{Ll}+)$/u.exec(phrase);
  if (family && lex.firstNames.has(family[3].toLowerCase())) {
    const owner = resolveSpeaker(text, s, s + family[1].length, ents, lex);
    const surname = owner?.speaker_type === "person" ? owner.speaker.split(" ").at(-1) : undefined;
    if (surname && owner!.speaker.includes(" "))
      return {
        speaker: `${family[3]} ${surname}`,
        speaker_type: "person",
        role: null,
        speaker_start: s,
        speaker_end: e,
      };
  }
  // "his son said": the person the article introduced as someone's son ("Nogar's son Stephen"),
  // else the description itself.
  if (core.length === 2 && /^(?:his|her|their)$/.test(lowers[0]) && lex.relatives.has(lowers[1])) {
    const m = introducedAs(text, ents.mentions, s, lowers[1], (x) => x.kind === "person");
    if (m) {
      // (with the family's surname when the introduction gives it: "Mr Nogar's son Stephen")
      const owner = /(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*['’]s\s+\p{Ll}+,?\s+$/u.exec(
        text.slice(Math.max(0, m.start - 60), m.start),
      );
      const family = owner ? resolveSpeaker(text, m.start - owner[0].length, m.end, ents, lex) : null;
      if (family?.speaker_type === "person" && family.speaker.includes(" "))
        return { ...family, speaker_start: s, speaker_end: e };
      const person = ents.fullName(m.name.split(" "));
      return { speaker: person.name, speaker_type: "person", role: person.role, speaker_start: s, speaker_end: e };
    }
    return unnamed(phrase);
  }
  // "Shocked health officials in Powys", "sources close to the club": a group of unnamed people
  // placed by what follows them.
  const place = lowers.findIndex((w, k) => k > 0 && /^(?:in|at|from|close|inside|within)$/.test(w));
  if (
    place > 0 &&
    !core.slice(0, place).some((w, k) => k > 0 && isCapital(w)) &&
    lex.anonymousHeads.has(lowers[place - 1]) &&
    /s$/.test(lowers[place - 1]) &&
    // (not documents: "reports from Russian News Agency Interfax" are its)
    !isDocumentHead(lowers[place - 1], lex)
  )
    return unnamed(full.replace(/[\s,;:—–-]+$/, ""));
  // "A spokesperson for Delta Airlines", "an official at the ministry", "the chief executive of a
  // leading car maker": an unnamed source.
  const of = lowers.findIndex((w) => /^(?:for|of|at|from|with|in)$/.test(w));
  if (
    of > 1 &&
    !core.slice(1, of).some((w) => isCapital(w)) &&
    ((/^(?:a|an|one)$/.test(lowers[0]) && lowers.slice(1, of).some((w) => lex.anonymousHeads.has(w))) ||
      (lowers[0] === "the" &&
        /^(?:a|an|one)$/.test(lowers[of + 1] ?? "") &&
        lowers.slice(1, of).some((w) => lex.titles.has(w))))
  )
    return unnamed(full.replace(/[\s,;:—–-]+$/, ""));
  // "The Conseil Superieur de l'Audiovisuel (CSA)": a name the article gave an acronym is an organisation's.
  const unprefixed = phrase.replace(/^the\s+/i, "").replace(/\s*\([\p{Lu}&]{2,8}\)?$/u, "");
  const expanded = [...ents.acronyms].find(
    ([acronym, n]) => n.replace(/^the\s+/i, "") === unprefixed && text.includes(`${unprefixed} (${acronym})`),
  )?.[1];
  if (expanded)
    return { speaker: expanded, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
  // "a report by the government's finance watchdog", "The NAO report", "the book": its author.
  const document = documentSpeaker(core, {
    text,
    ents,
    lex,
    resolve: (from, to) => resolveSpeaker(text, from, to, ents, lex),
  });
  if (document !== undefined) return document;
  // A name: the phrase ends in a capitalised word that is not a title.
  const generic = core.length === 1 && lex.anonymousHeads.has(lastWord.lower);
  // "The Department of Justice": a title word ends an organisation's name too.
  const orgName =
    core.length > 2 &&
    /^(?:of|for)$/.test(core[core.length - 2].lower) &&
    core.some((w) => isCapital(w) && lex.orgHeads.has(w.lower));
  // "Mr Dean", "Carl Dean": after an honorific or a first name a title word is a surname.
  const before = core[core.length - 2];
  const surname =
    before !== undefined &&
    // ("the Glasgow Kelvin MP": letters are no surname)
    !/^\p{Lu}+$/u.test(lastWord.text) &&
    isCapital(before) &&
    (lex.honorifics.has(before.lower.replace(/\.$/, "")) || lex.firstNames.has(before.lower));
  // ("the Labour MP for Leeds North" is a description ending in a place, not a name)
  const constituency = titleAt > 0 && lowers[0] === "the" && lowers[titleAt] === "for";
  if (isCapital(lastWord) && (!lex.titles.has(lastWord.lower) || orgName || surname) && !generic && !constituency) {
    const runs = capitalRuns(text, core);
    const [i, j] = runs[runs.length - 1];
    const run = parseNameRun(text, core, i, j, lex);
    if (run) {
      const the = i > 0 && core[i - 1].lower === "the";
      if (run.kind === "organization") {
        const bareName = run.name.replace(/^the /, "");
        // "the Bank" after "the Reserve Bank of Australia": a bare head word is the fuller name.
        const head = !bareName.includes(" ") && lex.orgHeads.has(bareName.toLowerCase()) ? bareName : null;
        const fuller = head
          ? nearest(
              ents.mentions,
              s,
              (x) =>
                x.kind === "organization" &&
                new RegExp(`\\b${head}\\b`).test(x.name) &&
                x.name.replace(/^the /, "") !== head,
            )
          : undefined;
        const expanded = ents.acronyms.get(bareName) ?? fuller?.name ?? longerName(ents, bareName)?.name;
        const name = expanded ?? (the && !run.name.startsWith("the ") ? `the ${run.name}` : run.name);
        // "Opposition Conservatives", "Canada's commerce ministry": keep the qualifying words.
        // ("the Prime Minister's Office", "the UN's Food & Agriculture Organisation" too)
        const capitalised =
          isCapital(core[0]) ||
          /^the\s+(?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*['’]s\s+$/u.test(text.slice(s, run.start));
        const lead = i > 0 && !the && capitalised ? text.slice(s, run.start) : "";
        return {
          speaker: lead && !expanded ? lead + run.name : name,
          speaker_type: "organization",
          role: null,
          speaker_start: s,
          speaker_end: e,
        };
      }
      const person = ents.fullName(run.tokens);
      // "The Scot", "the Dutchman": a nationality noun for the person named most recently.
      const token = run.tokens[0] ?? "";
      if (
        // ("The 55-year-old Frenchman": lower-case words or an age may come between.)
        (the || core[i].lower === "the" || (core[0].lower === "the" && core.slice(1, i).every((w) => !isCapital(w)))) &&
        run.tokens.length === 1 &&
        person.tokens.length === 1 &&
        (lex.demonyms.has(token.toLowerCase()) || /\p{Ll}(?:man|woman|ian|ean|ese|ish|i|an|er)$/u.test(token))
      ) {
        const m = describedPerson(text, ents, s);
        if (!m) return unnamed(phrase);
        const p = ents.fullName(m.name.split(" "));
        return { speaker: p.name, speaker_type: "person", role: p.role, speaker_start: s, speaker_end: e };
      }
      // A lone capitalised word that the article never gives a first name, title or honorific
      // ("Novartis said", "Reuters reported") is an organisation.
      const kin = appositive !== null && /^(?:his|her|their)\s/i.test(appositive);
      if (kin)
        return {
          speaker: person.name,
          speaker_type: "person",
          role: null,
          speaker_start: run.start,
          speaker_end: run.end,
        };
      // "Nogar's son Stephen said": a known first name after a description is a person.
      const lead = text.slice(s, run.start).trim();
      if (person.tokens.length === 1 && lex.commonFirstNames.has(token.toLowerCase()) && /(?:^|\s)\p{Ll}+$/u.test(lead))
        return {
          speaker: person.name,
          speaker_type: "person",
          role: lead.replace(DETERMINERS, ""),
          speaker_start: run.start,
          speaker_end: run.end,
        };
      // "Serena said" after "Serena Williams": the person the article introduced.
      const longer = person.tokens.length === 1 ? longerName(ents, person.name) : undefined;
      if (longer?.kind === "person" && lex.commonFirstNames.has(person.name.toLowerCase()) && !run.role && !appositive)
        return {
          speaker: ents.fullName(longer.name.split(" ")).name,
          speaker_type: "person",
          role: null,
          speaker_start: run.start,
          speaker_end: run.end,
        };
      if (
        person.tokens.length === 1 &&
        !run.role &&
        !person.role &&
        !appositive &&
        run.start === core[i].start &&
        !lex.honorifics.has(core[0].lower)
      )
        return {
          speaker: longer?.name ?? (the ? `the ${person.name}` : person.name),
          speaker_type: "organization",
          role: null,
          speaker_start: run.start,
          speaker_end: run.end,
        };
      return {
        speaker: person.name,
        speaker_type: "person",
        // ("Marc Garneau, alongside Defence Minister Harjit Sajjan, said": a circumstance, not a role.)
        role: appositive && !CIRCUMSTANCE.test(appositive) ? roleOf(null) : (run.role ?? person.role),
        speaker_start: run.start,
        speaker_end: run.end,
      };
    }
  }

  // A description: "a defence source", "the minister", "the news agency", "Analysts".
  const head = titleAt > 0 ? lowers[titleAt - 1] : lastWord.lower;
  const description = full.replace(/[\s,;:—–-]+$/, "");
  // "The 21-year-old", "the veteran game maker": the person named most recently as a subject.
  const definite = /^the\s/i.test(phrase) && !core.slice(1).some((w) => isCapital(w));
  if (definite && core.some((w) => lex.personAnaphors.has(w.lower) || /^\d+-year-old$/.test(w.lower))) {
    const m = describedPerson(text, ents, s);
    if (m) {
      const person = ents.fullName(m.name.split(" "));
      return { speaker: person.name, speaker_type: "person", role: person.role, speaker_start: s, speaker_end: e };
    }
  }
  // "a Department for Education and Skills spokeswoman" is an unnamed source; "a Canadian general" a role.
  const titleHead =
    lex.titles.has(head) &&
    !/^(?:source|sources|official|officials|people)$/.test(head) &&
    !(/^(?:a|an)\s/i.test(phrase) && lex.anonymousHeads.has(head));
  if (!titleHead && lowers.some((w) => lex.anonymousHeads.has(w))) return unnamed(description);
  if (titleHead) {
    const role = phrase.replace(DETERMINERS, "").replace(/^[\p{L}.]+['’]s\s+/u, "");
    let m = roleHolder(text, s, e, role, head, ents, lex);
    const roleless = (x: Mention) => isRoleless(x, ents);
    // "Tony Blair's official spokesman", "the families' lawyer", "a spokesman for Delta": someone
    // else's unnamed agent (but "Canada's foreign affairs minister" is an office).
    const possessor = /^(?:the\s+)?([\p{L}.]+(?:\s+[\p{L}.]+)?)['’]s?\s/u.exec(phrase)?.[1]?.toLowerCase() ?? "";
    const office = lex.places.has(possessor) || lex.places.has(`the ${possessor}`) || lex.placeWords.has(possessor);
    if (!m && ((/['’]s?\s/.test(phrase) && !office) || /\sfor\s+\p{Lu}/u.test(full))) return unnamed(description);
    // "The spokesperson also confirmed …" with no named spokesperson: the unnamed one already quoted.
    if (!m && lex.anonymousHeads.has(head)) return unnamed(description);
    if (!m) m = nearest(ents.mentions, s, (x) => roleless(x) && x.speaks);
    if (!m) m = nearest(ents.mentions, s, (x) => roleless(x) && x.subject);
    if (!m) m = ents.mentions.find((x) => x.start > e && x.kind === "person" && x.named);
    if (!m) return unnamed(description);
    const person = ents.fullName(m.name.split(" "));
    return {
      speaker: person.name,
      speaker_type: "person",
      role: person.role ?? role,
      speaker_start: s,
      speaker_end: e,
    };
  }
  if (lowers.some((w) => lex.orgHeads.has(w))) {
    // "the committee" after "the Public Accounts Committee": the named organisation with that head.
    // ("the assembly government" after "the Welsh Assembly Government": every word of the description.)
    if (
      /^the\s/i.test(phrase) &&
      core.length <= 4 &&
      lex.orgHeads.has(head) &&
      core.slice(1).every((w) => /^\p{Ll}/u.test(w.text))
    ) {
      const wanted = lowers.slice(1);
      const m = nearest(ents.mentions, s, (x) => {
        if (x.kind !== "organization" || !x.name.includes(" ")) return false;
        const capitals = x.name
          .split(/\s+/)
          .filter((t) => /^\p{Lu}/u.test(t))
          .map((t) => t.toLowerCase());
        return wanted.every((w) => capitals.includes(w));
      });
      if (m) return { speaker: m.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
    }
    // "The world's largest maker of chips for mobile phones": the head noun comes before its "of".
    const ofAt = lowers.findIndex((w, k) => k > 0 && /^(?:of|for|in)$/.test(w));
    const nounHead = ofAt > 0 ? lowers[ofAt - 1] : head;
    // ("the US company", "the Japanese carmaker": a place or nationality before the noun says nothing of which)
    const qualifier = (w: Word) =>
      isCapital(w) && !lex.places.has(w.lower) && !lex.places.has(`the ${w.lower}`) && !lex.demonyms.has(w.lower);
    if (!core.slice(1).some(qualifier) && /^the\s/i.test(phrase) && lex.orgAnaphors.has(nounHead)) {
      // (A street standing for an office or a market, "Downing Street", is not "the firm".)
      const org = (x: Mention) =>
        (x.kind === "organization" || loneName(text, ents, lex, x)) &&
        !lex.places.has(x.name.toLowerCase()) &&
        !/ Street$/.test(x.name);
      // "giant chip maker Texas Instruments" … "The world's largest maker of chips": the organisation
      // the article introduced with the same noun.
      const m =
        introducedAs(text, ents.mentions, s, nounHead, org) ??
        nearest(ents.mentions, s, (x) => org(x) && x.speaks) ??
        nearest(ents.mentions, s, (x) => org(x) && x.subject) ??
        nearest(ents.mentions, s, org);
      if (m) return { speaker: m.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
    }
    return { speaker: phrase, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
  }
  // "Many newspapers", "Big businesses": an unnamed group, but not "30 years".
  const quantified = /^(?:many|some|most|several|other|others|few|all|both|various|numerous|the)$/.test(lowers[0]);
  // "animators argue": a bare plural of people.
  const bare =
    core.length <= 3 &&
    core.every((w) => /^\p{Ll}/u.test(w.text)) &&
    !lex.inanimateHeads.has(head) &&
    !lex.notNames.has(head);
  if (
    /[^s]s$/.test(head) &&
    (quantified || bare) &&
    !lex.timeHeads.has(head) &&
    !lex.finite.has(head) &&
    core.length <= 8
  )
    return unnamed(description);
  // "The bookmaker said" after "bookmaker William Hill": the one introduced with that noun; else an agent
  // noun ("the bookmaker", "the organiser") is an unnamed source as the article describes it.
  if (
    lowers[0] === "the" &&
    core.length <= 4 &&
    core.slice(1).every((w) => /^\p{Ll}/u.test(w.text)) &&
    isAgentNoun(head, lex)
  ) {
    const m = introducedAs(text, ents.mentions, s, head, (x) => x.named || x.kind === "organization");
    return m ? introduced(m) : unnamed(description);
  }
  return null;
}
