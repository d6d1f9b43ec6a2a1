import type { SpeakerType } from "../types.ts";

const HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady"]);

/** A speaker's name folded for comparison: no diacritics, case, punctuation, honorifics or leading article. */
export function foldName(name: string): string[] {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "s")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !HONORIFICS.has(t))
    .filter((t, i) => !(i === 0 && t === "the"));
}

/**
 * The `speaker_id` of a quote's speaker. Named people and organisations get one id across the corpus
 * (`person:harjit-sajjan`, `org:associated-press`); an anonymous source is only known inside its article
 * (`anon:<article id>:a-defence-source`), since "a source" in two articles need not be the same person.
 */
export function speakerKey(name: string | null, type: SpeakerType | null, articleId: string): string | null {
  if (!name) return null;
  const slug = foldName(name).join("-");
  if (!slug) return null;
  if (type === "anonymous") return `anon:${articleId}:${slug}`;
  return `${type === "organization" ? "org" : "person"}:${slug}`;
}
