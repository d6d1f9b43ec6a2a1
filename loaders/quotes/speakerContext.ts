import { lexiconSet } from "../lexicon/lexicon.ts";
import type { SpeakerType } from "../types.ts";
import type { Reader } from "./documentSpeaker.ts";
import type { Mention } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { Word } from "./words.ts";
import { singularOf } from "./singularOf.ts";

const OF_TITLE_ENDS = lexiconSet("quotes/of-title-ends");

/** Leading words that say how many or whose, dropped from a role ("the minister", "his son"). */
export const DETERMINERS = /^(?:the|a|an|one|two|three|several|some|many|multiple|other|another|his|her|their|its)\s+/i;

/**
 * What every speaker rule reads, built once per speaker phrase: the article (as a `Reader`), the phrase's
 * core words and what is derived from them, and builders for an attribution spanning the core.
 */
export interface SpeakerContext extends Reader {
  /** The phrase set off after the name (`a professor of …`), used as the role. */
  appositive: string | null;
  /** The phrase's words up to a relative clause or a trailing time. */
  core: readonly Word[];
  lowers: readonly string[];
  lastWord: Word;
  /** The core's span. */
  s: number;
  e: number;
  /** The core as written, and the phrase up to its last word (relative clause or time included). */
  phrase: string;
  full: string;
  /** `full` without trailing punctuation: an unnamed source as the article describes it. */
  description: string;
  /** The index of the "for"/"of" after a title ("the Labour MP for Birkenhead"), else -1. */
  titleAt: number;
  /** The head noun: the title before `titleAt`, else the last word (lower case). */
  head: string;
  /** The last word in the singular ("firms" → "firm", "companies" → "company"). */
  singular: string;
  /** Whether a title heads the phrase as a role ("the minister"), not an unnamed source ("a spokeswoman"). */
  titleHead: boolean;
  /** The phrase ends in a title word that is a surname after a name ("Mervyn King"). */
  titleSurname: boolean;
  /** An attribution spanning the core. */
  at(speaker: string, speaker_type: SpeakerType, role?: string | null): Attribution;
  /** An unnamed source or group, as the article describes it. */
  unnamed(speaker: string): Attribution;
  /** The one a description's noun introduced ("artists Langlands & Bell"), by its fullest name. */
  introduced(m: Mention): Attribution;
}

/** One speaker rule: an attribution, null for no speaker at all, or undefined to leave it to the next rule. */
export type SpeakerRule = (ctx: SpeakerContext) => Attribution | null | undefined;

// The phrase proper: no trailing relative clause (… and before a time: "Band Aid founder Bob Geldof in July
// said").
function coreWords(ws: readonly Word[], lex: QuoteLexicon): readonly Word[] {
  const months = lexiconSet("figures/months");
  const cut = ws.findIndex(
    (w, k) =>
      k > 0 &&
      (/^(?:who|which|whose|known|speaking|familiarity)$/.test(w.lower) ||
        (/^(?:in|on|last|this|during)$/.test(w.lower) &&
          (months.has(ws[k + 1]?.lower ?? "") || lex.timeWords.has(ws[k + 1]?.lower ?? "")) &&
          // (only a trailing time: not "At prime minister's questions last week Tony Blair")
          ws.slice(k + 1).every((x) => months.has(x.lower) || lex.timeWords.has(x.lower) || /^\d+$/.test(x.text))) ||
        (k === ws.length - 1 && lex.timeWords.has(w.lower) && /^(?:yesterday|today|tonight)$/.test(w.lower)) ||
        // ("the BBC's Sarah Rainsford in Moscow says": where a named speaker is, not who)
        (/^(?:in|at)$/.test(w.text) &&
          k >= 2 &&
          /^\p{Lu}/u.test(ws[k - 1].text) &&
          /^\p{Lu}/u.test(ws[k - 2].text) &&
          k < ws.length - 1 &&
          ws.slice(k + 1).every((x) => /^\p{Lu}/u.test(x.text)))),
  );
  return cut > 0 ? ws.slice(0, cut) : ws;
}

/** Builds the context the speaker rules read from the phrase's (non-empty) words `ws`. */
export function speakerContext(reader: Reader, ws: readonly Word[], appositive: string | null): SpeakerContext {
  const { text, ents, lex } = reader;
  const core = coreWords(ws, lex);
  const s = core[0].start;
  const e = core[core.length - 1].end;
  const phrase = text.slice(s, e);
  const full = text.slice(s, ws[ws.length - 1].end);
  const lowers = core.map((w) => w.lower);
  const lastWord = core[core.length - 1];
  // "the Labour MP for Birkenhead": the title before its "for"/"of" heads the phrase.
  const titleAt = lowers.findIndex((w, k) => k > 0 && /^(?:for|of)$/.test(w) && lex.titles.has(lowers[k - 1]));
  // ("The office of the federal labour minister": an organisation's head word before "of the" heads it instead;
  // not "A Department of Health spokesman")
  const orgAt = lowers.findIndex(
    (w, k) =>
      k > 0 &&
      w === "of" &&
      lowers[k + 1] === "the" &&
      lex.orgHeads.has(lowers[k - 1]) &&
      !lex.titles.has(lowers[k - 1]),
  );
  const head = titleAt > 0 ? lowers[titleAt - 1] : orgAt > 0 ? lowers[orgAt - 1] : lastWord.lower;
  // "a Department for Education and Skills spokeswoman" is an unnamed source; "a Canadian general" a role.
  // ("Mervyn King", "Rowan Judge": a capitalised title word after a first name is a surname.)
  const before = core[core.length - 2];
  // ("says King" after "Jason King": a capitalised title word alone that ends a name the article gives in full)
  const lone =
    core.length === 1 &&
    /^\p{Lu}\p{Ll}/u.test(lastWord.text) &&
    ents.mentions.some((m) => m.kind === "person" && m.named && m.name.endsWith(` ${lastWord.text}`));
  const surname =
    lone ||
    (titleAt <= 0 &&
      before !== undefined &&
      /^\p{Lu}\p{Ll}/u.test(lastWord.text) &&
      !lex.postNominals.has(lastWord.lower) &&
      /^\p{Lu}/u.test(before.text) &&
      (lex.firstNames.has(before.lower) ||
        ents.mentions.some((m) => m.kind === "person" && m.name.endsWith(`${before.text} ${lastWord.text}`))));
  const titleHead =
    lex.titles.has(head) &&
    !surname &&
    // ("The Scottish Executive": a capitalised head that also names an organisation is its name)
    !(titleAt <= 0 && /^\p{Lu}/u.test(lastWord.text) && lex.orgHeads.has(head) && /^the\s/i.test(phrase)) &&
    !/^(?:source|sources|official|officials|people)$/.test(head) &&
    // ("Clarence House staff": a word that ends a title of the form "Chief of Defence Staff" is none without "of";
    // lexicon `quotes/of-title-ends`; nor after an organisation's "of": "the Department of Home Affairs")
    !(OF_TITLE_ENDS.has(head) && !lowers.some((w, k) => w === "of" && k > 0 && lex.titles.has(lowers[k - 1]))) &&
    !(/^(?:a|an)\s/i.test(phrase) && lex.anonymousHeads.has(head));
  const at = (speaker: string, speaker_type: SpeakerType, role: string | null = null): Attribution => ({
    speaker,
    speaker_type,
    role,
    speaker_start: s,
    speaker_end: e,
  });
  return {
    ...reader,
    appositive,
    core,
    lowers,
    lastWord,
    s,
    e,
    phrase,
    full,
    description: full.replace(/[\s,;:—–-]+$/, ""),
    titleAt,
    head,
    singular: singularOf(lastWord.lower),
    titleHead,
    titleSurname: surname,
    at,
    unnamed: (speaker) => at(speaker, "anonymous"),
    introduced: (m) => at(m.kind === "person" ? ents.fullName(m.name.split(" ")).name : m.name, m.kind),
  };
}
