import { escapeRegExp } from "../lexicon/escapeRegExp.ts";
import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Entities } from "./entities.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

// One name in a list: capitalised words (with "of", "for", "the" inside), an optional leading "the" and an
// acronym in brackets after it ("the Council of Mortgage Lenders (CML)"). (A full stop inside a word only,
// "U.S": not one that ends a sentence, "… and Spain's Iberia. While Alitalia …")
const WORD = String.raw`\p{Lu}(?:[\p{L}'’&-]|\.(?!\s))*`;
// ("The United Nations refugee agency and the World Food Programme": or a description, capitalised words then one
// or two lower-case ones, the last an organisation's head word)
const HEADS = [...lexiconSet("quotes/org-heads")].map(escapeRegExp).join("|");
const ITEM = String.raw`(?:the\s+)?${WORD}(?:\s+(?:(?:of|for|the)\s+)*${WORD})*(?:(?:\s+\p{Ll}+)?\s+(?:${HEADS})(?![\p{L}-]))?(?:\s+\([\p{Lu}&]{2,8}\))?`;
// ("the British Retail Consortium and accountants KPMG": the last name may follow its lower-case kind)
const LIST = new RegExp(String.raw`^(${ITEM})((?:,\s+${ITEM})*),?\s+and\s+(?:\p{Ll}+\s+)?(${ITEM})$`, "u");
const ITEM_AT = new RegExp(ITEM, "gu");
/** How far back (in characters) "the firms" looks for the list it refers to. */
const NEAR = 1500;

/** A list of two or more organisations as written, its span and the names without their acronyms. */
export interface OrganisationList {
  start: number;
  end: number;
  names: string[];
  /** The names as one speaker: "the CML, the BBA and the BSA". */
  name: string;
}

const joined = (names: readonly string[]) => `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;

/**
 * Reads `text[start, end)` as a list of organisations that speak together ("The Council of Mortgage Lenders
 * (CML), British Bankers Association (BBA) and Building Societies Association (BSA) all said …"): two or
 * more names, each an organisation the article mentions or named with an organisation noun. With `trailing`,
 * the list may start anywhere and only has to end at `end`; null when there is none.
 */
export function organisationList(
  text: string,
  start: number,
  end: number,
  ents: Entities,
  lex: QuoteLexicon,
  trailing = false,
  loose = false,
): OrganisationList | null {
  const phrase = text.slice(start, end);
  const starts = trailing ? [...phrase.matchAll(ITEM_AT)].map((m) => m.index) : [0];
  for (const at of starts) {
    const m = LIST.exec(phrase.slice(at));
    if (!m) continue;
    const from = start + at;
    const items: { start: number; name: string }[] = [];
    for (const x of phrase.slice(at).matchAll(ITEM_AT)) items.push({ start: from + x.index, name: x[0] });
    // ("Both Labour and the Tories": not the "Both"; a sentence's capital "The" is the article)
    // ("Shares of Sumitomo Mitsui Financial and …": a sentence's capitalised plural noun is not a name)
    const lead = /^(?:Both|Either|Neither|\p{Lu}\p{Ll}+s\s+(?:of|in|at|for))\s+/u.exec(items[0]?.name ?? "");
    if (lead) items[0] = { start: items[0].start + lead[0].length, name: items[0].name.slice(lead[0].length) };
    const names = items.map((x) => x.name.replace(/\s+\([^)]*\)$/, "").replace(/^The\s/, "the "));
    // (an organisation word in each name, so "the Department for Education and Skills" stays one name)
    const organisation = (name: string, s: number) =>
      name.split(/\s+/).some((w) => lex.orgHeads.has(w.toLowerCase())) ||
      ents.mentions.some(
        (x) =>
          x.kind === "organization" &&
          ((x.start >= s && x.end <= s + name.length) ||
            // (or in one: "Immigration, Refugees and Citizenship Canada" is a single name)
            (x.start <= s && x.end >= s + name.length)),
      );
    // ("Sony, IBM and Toshiba": a lone capitalised word that is no one's first name goes with an organisation)
    const acronym = (name: string) => /^\p{Lu}{2,}$/u.test(name.replace(/^the\s/, ""));
    const lone = (name: string) =>
      /^\p{Lu}[\p{Ll}]+$/u.test(name) &&
      !lex.commonFirstNames.has(name.toLowerCase()) &&
      !lex.places.has(name.toLowerCase());
    // (not a person's title, "Trade and Industry Secretary Patricia Hewitt", nor a place, "the US and Europe")
    const other = (n: string) =>
      n.split(/\s+/).some((w) => lex.titles.has(w.toLowerCase())) ||
      lex.places.has(n.replace(/^the\s/, "").toLowerCase());
    if (names.some(other)) continue;
    // ("drug firms Elan and Biogen Idec": a plural organisation noun before the list says what they are)
    const noun = /(\p{Ll}+)s\s+$/u.exec(text.slice(Math.max(0, from - 30), from))?.[1] ?? "";
    const introduced = lex.orgAnaphors.has(noun) || lex.orgAnaphors.has(noun.replace(/ie$/, "y"));
    const sure = names.map((n, k) => introduced || organisation(n, items[k].start) || acronym(n));
    // (with `loose`: "Elan and Biogen Idec plunged as the firms suspended …", a list its own sentence calls
    // organisations, with any names that open with no first name)
    const called =
      loose &&
      [
        ...text
          .slice(end, end + 160)
          .split(/[.!?]\s/)[0]
          .matchAll(/\bthe\s+(?:two\s+|three\s+|four\s+)?(\p{Ll}+?)(?:ies|s)\b/gu),
      ].some((m) => lex.orgAnaphors.has(m[1]) || lex.orgAnaphors.has(`${m[1]}y`));
    const unnamed = (n: string) => called && !lex.commonFirstNames.has(n.split(/\s+/)[0].toLowerCase());
    if (names.length >= 2 && (sure.some(Boolean) || called) && names.every((n, k) => sure[k] || lone(n) || unnamed(n)))
      return { start: from, end, names, name: joined(names) };
  }
  return null;
}

const LIST_ANY = new RegExp(String.raw`${ITEM}(?:,\s+${ITEM})*,?\s+and\s+${ITEM}`, "gu");

/**
 * The last list of organisations written before `at` (within `NEAR` characters), which "the firms" or
 * "the companies" refers to ("Sony, IBM and Toshiba … unveiled the chip. … the firms said"), or null.
 */
export function listBefore(text: string, at: number, ents: Entities, lex: QuoteLexicon): OrganisationList | null {
  const from = Math.max(0, at - NEAR);
  let found: OrganisationList | null = null;
  for (const m of text.slice(from, at).matchAll(LIST_ANY)) {
    const list = organisationList(text, from + m.index, from + m.index + m[0].length, ents, lex, false, true);
    if (list) found = list;
  }
  return found;
}
