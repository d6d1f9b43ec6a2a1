import { lexiconSet } from "../lexicon/lexicon.ts";
import type { QuoteContext } from "./quoteContext.ts";
import type { Word } from "./words.ts";
import { looksFinite } from "./looksFinite.ts";
import { isFigureWord } from "./isFigureWord.ts";

const SUBORDINATORS = lexiconSet("quotes/subordinators");
// Words that are no verb in a headline's bare clause, and the words a headline's verb comes before.
const HEADLINE_NOT_VERBS =
  /^(?:the|a|an|and|or|but|of|for|to|in|on|at|by|with|from|into|over|about|as|than|after|before|this|that|these|those|its|their|his|her|our|more|less|most|new|not|no)$/;
const HEADLINE_AFTER_VERB =
  /^(?:the|a|an|its|their|his|her|through|until|to|in|on|at|by|for|from|into|over|up|down|off|out)$/;
const CONNECTIVES = /^(?:as|including|such|like|rather|not|unlike|especially|particularly|who|whose)$/;

/** Whether the words after a cue open a reported clause ("said he was …"), not its object ("fear tax rises"). */
export function isClause(ctx: QuoteContext, all: readonly Word[]): boolean {
  // Only the first segment counts: "fear tax rises or spending cuts, saying …" has a noun phrase object.
  // ("insist the Mental Capacity Bill - for England and Wales - would not change …": a parenthesis between dashes
  // is skipped.)
  const gap = (k: number) => ctx.text.slice(all[k - 1].end, all[k].start);
  const dash = (k: number) => /^\s[—–-]\s/.test(gap(k));
  let stop = all.length;
  const aside = new Set<number>();
  // ("said output from factories, mines and utilities rose 0.3%": a comma inside a short list of nouns, early in the
  // clause: not "…, and helicopter and private jet travel", nor deep in a long object)
  const listItem = (k: number) => {
    const and = all.findIndex((w, j) => j > k && j <= k + 3 && /^(?:and|or)$/.test(w.lower));
    return (
      k <= 8 &&
      !/^(?:and|or)$/.test(all[k].lower) &&
      // (not a parenthesis that opens with a connective: "said crime, unlike health and education, was …")
      !CONNECTIVES.test(all[k].lower) &&
      /^\s*,\s/.test(gap(k)) &&
      and > k &&
      all
        .slice(k, and)
        .every(
          (w, j) => /^\p{Ll}+$/u.test(w.text) && !ctx.lex.finite.has(w.lower) && (j === 0 || /^\s+$/.test(gap(k + j))),
        )
    );
  };
  // (not a comma inside quoted words: 'insists its culture of "work hard, play hard" still remains')
  for (let k = 1; k < all.length; k++)
    if (
      /^\s*(?:,|\s[—–-])\s/.test(gap(k)) &&
      !listItem(k) &&
      !(ctx.quoteAt(all[k].start) && ctx.quoteAt(all[k - 1].start))
    ) {
      const close = dash(k) ? all.findIndex((_, j) => j > k && j <= k + 14 && dash(j)) : -1;
      if (close > 0) {
        for (let j = k; j < close; j++) aside.add(j);
        k = close;
        continue;
      }
      stop = k;
      break;
    }
  const ws = all.slice(0, stop).filter((w, k) => !aside.has(k) && !ctx.quoteAt(w.start));
  if (!ws.length) return all.length > 0 && ctx.quoteAt(all[0].start) !== undefined;
  // ("counter that accusation": "that" with only a noun after it is a determiner.)
  if (ws[0].lower === "that") return all.length > 2 || stop < all.length;
  // "agreed to a buyout by Verizon …": an infinitive or a prepositional phrase is not a reported clause.
  if (ws[0].lower === "to") return false;
  // ("warned against proposed changes in such benefits", "warned of job losses": nor is such a phrase.)
  // (not "about" as "roughly": "said about 8,500 vehicles had arrived")
  if (
    /^(?:against|about|of|over)$/.test(ws[0].lower) &&
    !/^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|a|an|half)\b)/i.test(ws[1]?.text ?? "")
  )
    return false;
  // "denied she regularly spoke …": a nominative pronoun starts a clause.
  if (/^(?:he|she|they|we|i)$/.test(ws[0].lower) && ws.length >= 3) return true;
  // "say it ensures effective operation of …": "it" or "there" then a present tense in -s, of four letters too
  // ("said it sees no significant impact") and past an adverb in -ly ("has said it strongly opposes giving …").
  // (or another adverb: "says it also offers …", "said it still believes …")
  const itVerb = /^(?:\p{Ll}+ly|also|still|now|already|even|only)$/u.test(ws[1]?.text ?? "") ? ws[2] : ws[1];
  if (/^(?:it|there)$/.test(ws[0].lower) && ws.length >= 3 && /^\p{Ll}{2,}[^s']s$/u.test(itVerb?.text ?? ""))
    return true;
  // "believes Williams fits the bill", "believes the player fits the bill": a name or a short noun phrase,
  // then a present tense in -s before a determiner.
  const determined = /^(?:the|his|her|its|their|our)$/.test(ws[0].lower) ? 1 : 0;
  const verbAt = ws.findIndex((w, k) => k > determined && /^\p{Ll}{2,}[^s']s$/u.test(w.text));
  if (
    verbAt > 0 &&
    verbAt <= 3 &&
    ws.slice(determined, verbAt).every((w) => (determined ? /^\p{Ll}+$/u : /^\p{Lu}/u).test(w.text)) &&
    (/^(?:the|a|an|his|her|its|their|our|every)$/.test(ws[verbAt + 1]?.lower ?? "") ||
      // ("claims the oil giant owes more than $27bn": or a quantity)
      /^(?:more|less|fewer|nearly|almost|about|around|over|under)$/.test(ws[verbAt + 1]?.lower ?? "") ||
      isFigureWord(ws[verbAt + 1]?.lower ?? "") ||
      // ("thinks its power lies in its democratising potential": or a preposition after a determined subject)
      (determined === 1 && /^(?:in|on|with|to|from|for|into|by)$/.test(ws[verbAt + 1]?.lower ?? "")))
  )
    return true;
  // ("Waterloo payroll firm says data breach hit 1.3 million Canadians", "hospital says replacements stay through
  // Monday": a headline drops the article, so after "says" a bare noun or two, then a verb form before a figure, a
  // determiner or a preposition; not "Nintendo adds media playing to DS")
  if (
    ws[ws.length - 1].end <= ctx.headlineEnd &&
    /\bsays?\s+$/.test(ctx.text.slice(Math.max(0, ws[0].start - 24), ws[0].start))
  ) {
    const verb = ws.findIndex(
      (w, k) =>
        k >= 1 &&
        k <= 3 &&
        /^\p{Ll}{3,}$/u.test(w.text) &&
        !w.lower.endsWith("ing") &&
        !HEADLINE_NOT_VERBS.test(w.lower) &&
        (isFigureWord(ws[k + 1]?.lower ?? "") || HEADLINE_AFTER_VERB.test(ws[k + 1]?.lower ?? "")),
    );
    if (verb > 0 && ws.slice(0, verb).every((w) => /^[\p{L}-]+$/u.test(w.text) && !HEADLINE_NOT_VERBS.test(w.lower)))
      return true;
  }
  // Indirect questions ("recalls what happened") are not reported statements.
  if (/^(?:what|how|whether|why|where|when|who|which)$/.test(ws[0].lower)) return false;
  const at = new Map(all.map((w, k) => [w, k]));
  // ("saying many residents who moved in during the pandemic have been wrongly excluded": a restrictive "who" clause
  // after the subject's noun has a verb of its own; the main verb comes after it)
  let relativeVerb = -1;
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (k > 1 && w.lower === "who" && /^\p{Ll}+s$/u.test(ws[k - 1].text) && relativeVerb < 0) {
      relativeVerb = ws.findIndex((v, j) => j > k && (ctx.lex.finite.has(v.lower) || /^\p{Ll}{3,}ed$/u.test(v.text)));
      if (relativeVerb < 0) return false;
      k = relativeVerb;
      continue;
    }
    // "no plans to …": a verb form right after a determiner is a noun (quoted words count:
    // 'a "chain of events" linked …').
    const before = all[(at.get(w) ?? 0) - 1];
    const noun =
      k > 0 && before !== undefined && /^(?:a|an|the|no|his|her|its|their|our|any|some|new)$/.test(before.lower);
    // ('said "blog" headed the list': a quoted subject counts as a word before the verb.)
    // ("promised £4bn in tax cuts but have yet to say …": a verb after "and" or "but" shares the speaker's subject)
    const coordinated = before !== undefined && /^(?:and|but|or)$/.test(before.lower);
    // ("announced plans to buy 19.9% of the firm": a verb form with no subject before it is a noun)
    // ("said producers axed him": a past tense of four letters too, not "need", "feed")
    if (
      !noun &&
      ((ctx.lex.finite.has(w.lower) && !coordinated && (k > 0 || !/^\p{Ll}{3,}[^s]s$/u.test(w.text))) ||
        ((at.get(w) ?? 0) > 0 && /^(?:[a-z]{3,}|[a-z][a-df-z])ed$/.test(w.text)))
    )
      return true;
    // "announced no plans to go tabloid although …": a verb only in a subordinate clause.
    if (k > 0 && SUBORDINATORS.has(w.lower)) return false;
  }
  // ('claimed both film-makers "tossed Hollywood convention out the window"': a subject, then its verb in
  // quoted words)
  const quotedVerb = all[(at.get(ws[ws.length - 1]) ?? 0) + 1];
  // ('said every track from their live set "sounded like a potential single"': a longer noun phrase with its
  // determiner)
  if (
    (ws.length <= 4 ||
      (ws.length <= 8 && /^(?:the|a|an|every|each|his|her|its|their|this|these|those)$/.test(ws[0].lower))) &&
    quotedVerb !== undefined &&
    ctx.quoteAt(quotedVerb.start) !== undefined &&
    looksFinite(quotedVerb, ctx.lex) &&
    !/^(?:a|an|the|no|his|her|its|their|our|any|some|new)$/.test(ws[ws.length - 1].lower)
  )
    return true;
  // "said the man, and an American official, tried to recruit him": a subject with a parenthesis
  // set off by commas, then its verb.
  // ('said "superior" bullying tactics, like making housemates cold, could encourage …': a quoted
  // modifier opens the subject too.)
  const quotedStart = ctx.quoteAt(all[0].start) !== undefined;
  // ('said individual voter registration, as opposed to registration by household, should be …': a
  // parenthesis that opens with a connective, after any subject.)
  // ("admits Gerrard, who has been linked with Chelsea, will have …": a relative clause after a name too)
  // ("said rampant competition between online music services, of which there are now 230, could drive …")
  const connective =
    CONNECTIVES.test(all[stop]?.lower ?? "") ||
    (all[stop]?.lower === "of" && /^(?:which|whom)$/.test(all[stop + 1]?.lower ?? ""));
  // ("Many of the affected countries, such as Indonesia or the Maldives, do not …": a longer subject before a
  // connective)
  if (
    stop < all.length &&
    (ws.length <= 4 || (connective && ws.length <= 7)) &&
    (quotedStart || connective || /^(?:a|an|the|his|her|its|their)$/.test(ws[0].lower))
  ) {
    const close = all.findIndex(
      (w, k) => k > stop && k < stop + 14 && /^\s*,\s/.test(ctx.text.slice(all[k - 1].end, w.start)),
    );
    const verb = close > 0 ? all[close] : undefined;
    if (verb && looksFinite(verb, ctx.lex)) return true;
  }
  return false;
}
