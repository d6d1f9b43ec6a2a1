import type { Sentence } from "../text/prepare.ts";
import { cueAt, type CueClass } from "./cueAt.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { Report } from "./report.ts";
import type { Word } from "./words.ts";

/** What a reported-speech rule reads about one cue outside quotation marks, built once per cue. */
export interface CueSite {
  ctx: QuoteContext;
  s: Sentence;
  /** The sentence's words, and those outside quotation marks. */
  all: readonly Word[];
  outside: readonly Word[];
  /** The cue's first word, its index in `outside` and in `all`, and the word before it. */
  w: Word;
  idx: number;
  at: number;
  prevWord: Word | undefined;
  cls: CueClass;
  cueEnd: number;
  /** The auxiliary before any adverbs: "was also denied", "is widely expected", "are all believed". */
  aux: Word | undefined;
  /** The words after the cue. */
  after: readonly Word[];
  /** Where the sentence's own text starts: after a direct quotation that opens it. */
  from: number;
  /** The text from `from` to the cue. */
  before: string;
  progressive: boolean;
  /** "Mr X, who insists he is not bitter, said: …": a relative clause closes at its comma (`stop`). */
  relative: boolean;
  stop: number;
  /** The reports of the sentence's earlier cues. */
  earlier: readonly Report[];
}

/** A report found for a cue (the driver adds the cue's position and class). */
export type Found = Omit<Report, "cueStart" | "cueEnd" | "cls">;

/** A rule's verdict on a cue: a report, null to drop the cue, undefined to leave it to the next rule. */
export type Verdict = Found | null | undefined;

/** One named rule of reported speech. */
export type Rule<T> = (x: T) => Verdict;

/** The site of the cue starting at `outside[idx]`, or null when no cue starts there. */
export function cueSite(
  ctx: QuoteContext,
  s: Sentence,
  all: readonly Word[],
  outside: readonly Word[],
  idx: number,
  earlier: readonly Report[],
): CueSite | null {
  const { text, lex } = ctx;
  const w = outside[idx];
  const c = /^\p{Ll}/u.test(w.text) || w.lower === "according" ? cueAt(outside, idx, lex) : null;
  if (!c) return null;
  const at = all.indexOf(w);
  let auxAt = at - 1;
  while (
    auxAt >= 0 &&
    /^(?:also|not|widely|often|still|already|further|repeatedly|previously|now|all|both|each|\p{Ll}+ly)$/u.test(
      all[auxAt].lower,
    )
  )
    auxAt--;
  const cueEnd = outside[idx + c.n - 1].end;
  let afterAt = at + 1;
  while (afterAt < all.length && all[afterAt].start < cueEnd) afterAt++;
  const q = ctx.quoteAt(w.start - 2);
  // (for a participle, only a quotation that opens the sentence: in 'He said it was "balanced," adding …' the
  // sentence's own text starts before it)
  const opens =
    !/ing$/.test(w.lower) ||
    w.lower === "according" ||
    (q !== undefined && /^[\s"“'‘]*$/u.test(text.slice(s.start, Math.max(s.start, q.open))));
  const from = q && opens && q.close >= 0 && q.close >= s.start ? q.close + 1 : s.start;
  const relative = /\p{L},\s+(?:who|which)\s+(?:\p{Ll}+\s+){0,3}$/u.test(
    text.slice(Math.max(s.start, w.start - 40), w.start),
  );
  const relClose = relative ? text.slice(cueEnd, s.end).search(/,\s/) : -1;
  return {
    ctx,
    s,
    all,
    outside,
    w,
    idx,
    at,
    prevWord: all[at - 1],
    cls: c.cls,
    cueEnd,
    aux: all[auxAt],
    after: all.slice(afterAt),
    from,
    before: text.slice(from, w.start),
    progressive: /ing$/.test(w.lower),
    relative: relClose >= 0,
    stop: relClose >= 0 ? cueEnd + relClose : s.end,
    earlier,
  };
}
