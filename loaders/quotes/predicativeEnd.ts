import { lexiconSet } from "../lexicon/lexicon.ts";
import type { QuoteContext } from "./quoteContext.ts";

const CIRCUMSTANCES = lexiconSet("quotes/circumstances");

/**
 * Where a predicative cue's report ends: after the first quotation that follows it in the sentence
 * ('dismissed the plan as "desperate"') and any "of" phrase that completes it, or null when none follows before a
 * clause boundary.
 */
export function predicativeEnd(ctx: QuoteContext, cueEnd: number, sentenceEnd: number): number | null {
  const quoted = ctx.spans.find((x) => x.open > cueEnd && x.open < sentenceEnd);
  if (!quoted || /;|\b(?:which|who|that)\b/.test(ctx.text.slice(cueEnd, quoted.open))) return null;
  const end = quoted.close >= 0 ? quoted.close + 1 : quoted.end;
  // ('called him a "giant" of the Labour movement': the noun phrase goes on through its "of" phrase.)
  // (up to punctuation or a preposition or conjunction that starts something else: "… of housemates after quitting")
  const of =
    /^\s+of(?:\s+(?!(?:after|before|when|while|because|since|as|on|in|at|to|for|with|by|and|but)\b)[^\s,.;:!?"“”()—–]+){1,8}/u.exec(
      ctx.text.slice(end, sentenceEnd),
    );
  if (of) return end + of[0].trimEnd().length;
  // ('the step as a "new era" in how it dealt with intellectual property', 'Africa as a "scar" on the world's
  // conscience': the phrase the quoted words sit in goes on to the end of its clause)
  // (not after quoted words that end on a comma: 'an "exceptional institution," providing …')
  const rest = ctx.text.slice(end, sentenceEnd);
  if (!/^\s+\p{Ll}/u.test(rest) || /[,;]$/.test(ctx.text.slice(quoted.open, end - 1))) return end;
  // ('called the transit money "a bailout for empty buses" in a post on Twitter': where it was said, not more of the
  // phrase; lexicon `quotes/circumstances`)
  const next = (rest.toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? []).slice(0, 5);
  if ([2, 3, 4, 5].some((k) => k <= next.length && CIRCUMSTANCES.has(next.slice(0, k).join(" ")))) return end;
  let stop =
    /[;:—–"“”(]|\s-\s|,\s|\s(?:and|or|but|while|whereas|although|though|which|who|that|as|after|before|because|since|saying|adding|said|says)\b/u.exec(
      rest,
    )?.index ?? rest.replace(/[.!?]+\s*$/u, "").length;
  // (nor past a verb of its own: 'the new "threat" are those …')
  const verb = [...rest.slice(0, stop).matchAll(/\p{L}+/gu)].find((w) => ctx.lex.finite.has(w[0]));
  if (verb) stop = verb.index;
  return end + rest.slice(0, stop).trimEnd().length;
}
