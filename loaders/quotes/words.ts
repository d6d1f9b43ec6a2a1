import { lexicon } from "../lexicon/lexicon.ts";
import type { Span } from "../types.ts";

/** A word of the text with its offsets; `lower` is lower-cased with curly apostrophes folded. */
export interface Word extends Span {
  text: string;
  lower: string;
}

// (a slash before a capital joins a name's parts: "In-Stat/MDR", "AC/DC"; not "and/or", "24/7")
// ("U.N.", "P.E.I.": a dotted abbreviation keeps its last full stop; so does a company's suffix, "Inc.", "Ltd.")
// ("Mississauga, Ont.", "Austin, Tex.": and a province's or state's abbreviation; lexicon
// `quotes/region-abbreviations`)
const WORD = new RegExp(
  String.raw`(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])|(?:Inc|Corp|Ltd|Co|Cos|Bros|Pty|${lexicon("quotes/region-abbreviations").join("|")})\.(?![\p{L}\p{N}])|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’.&-]*[\p{L}\p{N}\p{M}])?(?:\/\p{Lu}(?:[\p{L}\p{N}\p{M}'’.&-]*[\p{L}\p{N}\p{M}])?)*`,
  "gu",
);

/** The words of `text` between `start` and `end`, with offsets into `text`. */
export function words(text: string, start = 0, end = text.length): Word[] {
  const out: Word[] = [];
  const body = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
    out.push({
      text: m[0],
      lower: m[0].toLowerCase().replace(/’/g, "'"),
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return out;
}
