import { readFileSync } from "node:fs";

const cache = new Map<string, string[]>();

/**
 * The entries of a word list in `loaders/lexicon/<name>.txt`: one entry per line,
 * blank lines and `#` comments ignored, surrounding whitespace trimmed.
 */
export function lexicon(name: string): string[] {
  let entries = cache.get(name);
  if (!entries) {
    const file = new URL(`./${name}.txt`, import.meta.url);
    entries = readFileSync(file, "utf8")
      .split("\n")
      .map((line) => line.replace(/(^|\s)#.*$/, "").trim())
      .filter((line) => line !== "");
    cache.set(name, entries);
  }
  return entries;
}

const sets = new Map<string, ReadonlySet<string>>();

/** The entries of a word list as a lower-cased set, for membership tests (built once per list). */
export function lexiconSet(name: string): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) {
    set = new Set(lexicon(name).map((e) => e.toLowerCase()));
    sets.set(name, set);
  }
  return set;
}
