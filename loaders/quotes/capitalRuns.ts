import { lexiconSet } from "../lexicon/lexicon.ts";
import { isAbbreviation } from "../text/isAbbreviation.ts";
import type { Word } from "./words.ts";

const endsSentence = (text: string, w: Word): boolean =>
  text[w.end] === "." &&
  !isAbbreviation(w.text, text.slice(Math.max(0, w.start - 8), w.start), text.slice(w.end, w.end + 16)) &&
  !w.text.includes(".") &&
  w.text.length > 1;

const CONNECTORS = lexiconSet("quotes/name-connectors");
const COMPOUND_MODIFIERS = lexiconSet("quotes/compound-modifiers");
// "Cambridge-based", "Irish-born": a capitalised compound whose second half is a modifier's (lexicon
// `quotes/compound-modifiers`).
const isModifier = (w: Word): boolean =>
  /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u.test(w.text) && COMPOUND_MODIFIERS.has(w.lower.split("-").pop()!);

// ("eBay", "iTunes": a brand written in camel case is capitalised too)
export const isCapital = (w: Word): boolean => /^(?:\p{Lu}|\p{Ll}\p{Lu})/u.test(w.text);

/** True when the word ends in a possessive `'s` / `’s` (or a bare `s'`). */
export const isPossessive = (w: Word): boolean => /(?:['’]s|s['’])$/.test(w.text);

/**
 * Runs of capitalised words (`Defence Minister Harjit Sajjan`, `Human Rights Watch`,
 * `Trade and Industry Secretary Patricia Hewitt`): indexes into `ws` as [first, last].
 * Connectors (of, for, the, and, &) join capitalised words; any punctuation breaks a run,
 * and a possessive ends it.
 */
const ORG_HEADS = lexiconSet("quotes/org-heads");
const NAME_HEADS = lexiconSet("quotes/possessive-name-heads");

export function capitalRuns(text: string, ws: readonly Word[]): [number, number][] {
  const out: [number, number][] = [];
  const joined = (a: Word, b: Word) => {
    const gap = text.slice(a.end, b.start);
    if (/^\.?[ \u00a0]$/.test(gap)) return true;
    // "Marsh & McLennan", "Procter & Gamble"
    if (/^ & $/.test(gap) && isCapital(a) && isCapital(b)) return true;
    // "the British Bankers' Association": a plural possessive inside an organisation's name.
    if (/^['’][ \u00a0]$/.test(gap) && /s$/.test(a.text) && isCapital(b) && ORG_HEADS.has(b.lower)) return true;
    // A nickname in quotation marks inside a name: "Ahmed 'Mido' Hossam".
    return (
      (/^ ['‘"“]$/.test(gap) && /^['’"”] \p{Lu}/u.test(text.slice(b.end, b.end + 3))) ||
      (/^['’"”] $/.test(gap) && /^ ['‘"“]$/.test(text.slice(a.start - 2, a.start)))
    );
  };
  // ("St. Joseph's Healthcare Hamilton", "King's College London": a possessive inside an institution's name, the
  // head within the capitalised words after it; lexicon `quotes/possessive-name-heads`)
  const inName = (k: number) => {
    for (let h = k + 1; h < ws.length && h <= k + 3; h++) {
      if (!isCapital(ws[h]) || !joined(ws[h - 1], ws[h]) || isPossessive(ws[h])) return false;
      if (NAME_HEADS.has(ws[h].lower)) return true;
    }
    return false;
  };
  let i = 0;
  while (i < ws.length) {
    // ("Cambridge-based Ubisense", "Irish-born Ann Lee": a place's compound modifies the name after it)
    if (!isCapital(ws[i]) || (isModifier(ws[i]) && ws[i + 1] && isCapital(ws[i + 1]))) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < ws.length && (!isPossessive(ws[j]) || inName(j)) && !endsSentence(text, ws[j])) {
      const n = ws[j + 1];
      if (!joined(ws[j], n)) break;
      // ("analyst Vadim Mitroshin The dispute with …": a full stop left out; "The" before a lower-case word opens a
      // sentence, not a name's next word)
      if (n.text === "The" && /^\p{Ll}/u.test(ws[j + 2]?.text ?? "")) break;
      if (isCapital(n)) {
        j++;
        continue;
      }
      if (CONNECTORS.has(n.lower) && j + 2 < ws.length && isCapital(ws[j + 2]) && joined(n, ws[j + 2])) {
        j += 2;
        continue;
      }
      // "News of the World", "Secretary of State for the Home Department": two connectors.
      const m = ws[j + 2];
      // (not "and the", which joins two names: "Deutsche Boerse and the London Stock Exchange")
      if (
        CONNECTORS.has(n.lower) &&
        m &&
        CONNECTORS.has(m.lower) &&
        !(n.lower === "and" && m.lower === "the") &&
        j + 3 < ws.length &&
        isCapital(ws[j + 3]) &&
        joined(n, m) &&
        joined(m, ws[j + 3])
      ) {
        j += 3;
        continue;
      }
      break;
    }
    // "BBC Radio 1", "Channel 4": a number of one to three digits right after an organisation's head word closes
    // its name (lexicon `quotes/org-heads`; not "Almost 70%", "Halo 2").
    const n = ws[j + 1];
    if (
      n &&
      /^\d{1,3}$/.test(n.text) &&
      text.slice(ws[j].end, n.start) === " " &&
      ORG_HEADS.has(ws[j].lower) &&
      !endsSentence(text, ws[j]) &&
      !/^(?:[.,]?\d|%|\s*per\s*cent)/.test(text.slice(n.end, n.end + 9))
    )
      j++;
    out.push([i, j]);
    i = j + 1;
  }
  return out;
}
