import { reportBefore, type ClauseSite } from "./clauseSite.ts";
import type { Verdict } from "./cueSite.ts";
import { isQuestionClause } from "./isQuestionClause.ts";
import { isClause } from "./isClause.ts";
import { isParticipleCue } from "./isParticipleCue.ts";
import { isTimeClause } from "./isTimeClause.ts";
import { looksPlural } from "./looksPlural.ts";
import type { Word } from "./words.ts";
import { timeThenComma } from "./timeThenComma.ts";
import { isFigureWord } from "./isFigureWord.ts";
import { opensWithQualifiedFigure } from "./opensWithQualifiedFigure.ts";

const FRONTED =
  /^(?:in|at|for|after|within|across|among|outside|unlike|without|by|during|before|until|since|over|under|with|from|despite|amid)$/;

// ("said successful monetary policy depends on having good information": a bare noun phrase in lower case, then a
// present tense in -s before a preposition or determiner)
const FUNCTION_WORD =
  /^(?:of|in|on|at|for|to|from|with|by|and|or|but|that|who|which|as|than|about|into|over|despite|after|before|during|since|without|against|between|under|among|it|there|this|these|those|what|how|when|where|whether|if|not|no)$/;
function bareSubject(ws: readonly Word[]): boolean {
  const verb = ws.findIndex((y, k) => k > 0 && k <= 3 && /^\p{Ll}{2,}[^s'u]s$/u.test(y.text));
  return (
    verb > 0 &&
    ws.slice(0, verb).every((y) => /^\p{Ll}+$/u.test(y.text) && !FUNCTION_WORD.test(y.lower)) &&
    /^(?:on|in|to|for|with|at|from|the|a|an|his|her|its|their|our)$/.test(ws[verb + 1]?.lower ?? "")
  );
}

/** "X said (that) …", "X told MPs he …": the clause after the cue is the report. */
export function cueClause(x: ClauseSite): Verdict {
  const { ctx, w, cueEnd, start } = x;
  const { text, lex } = ctx;
  if (start === null || x.participle || x.adjunct) return undefined;
  // ("…, Michael Howard pledged as he unveiled the manifesto": a time clause right after the cue is when it was said)
  // (not one that opens the report: "said while it was an agreement in principle, the organisations …")
  if (start === cueEnd + 1 && isTimeClause(x.clauseWords) && !/[,;:]/.test(text.slice(start, x.s.end)))
    return undefined;
  // ("…, Eurotunnel said, but warned that …": the clause after a coordinated cue is that cue's report)
  const coordinated = /^,\s+(?:but|and)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(cueEnd, start));
  if (coordinated && lex.cues.has(coordinated[1])) return undefined;
  // ("Two of the nine people … have been admitted to hospital, she said, and both were in stable condition": a clause
  // joined after a closing cue is not that cue's report; the clause before it is)
  // ("…, the province announced Wednesday, but the club …": with the cue's time between)
  if (
    timeThenComma(text, lex, cueEnd, start) &&
    /^(?:and|but|yet)$/.test(x.clauseWords[0]?.lower ?? "") &&
    /,\s*$/.test(text.slice(x.s.start, x.subject.start))
  )
    return undefined;
  // "said in a note to investors, adding that …": the clause ends where a participle cue takes over.
  // (", while stressing the efforts are …": "while" before the participle too, and the clause ends before it)
  const whileAt = (k: number) =>
    k > 1 &&
    /^(?:while|whilst)$/.test(x.clauseWords[k - 1].lower) &&
    /,\s*$/.test(text.slice(x.clauseWords[k - 2].end, x.clauseWords[k - 1].start));
  const participleAt = x.clauseWords.findIndex(
    (y, k) =>
      isParticipleCue(y.lower, lex) &&
      (/,["”]?\s*$/.test(text.slice(k > 0 ? x.clauseWords[k - 1].end : cueEnd, y.start)) || whileAt(k)),
  );
  const handOver = participleAt > 0 && whileAt(participleAt) ? participleAt - 1 : participleAt;
  if (handOver === 0) return undefined;
  const clauseWords = handOver > 0 ? x.clauseWords.slice(0, handOver) : x.clauseWords;
  const handComma = handOver > 0 ? text.lastIndexOf(",", x.clauseWords[handOver].start) : -1;
  // ('"balanced," adding …': a quotation the comma sits inside closes after it)
  let stop = handOver > 0 ? handComma + (/["”]/.test(text[handComma + 1] ?? "") ? 2 : 0) : x.stop;
  // ("With polls suggesting voters would rather …, he has suggested …": an opening absolute phrase's report ends
  // where the main clause's pronoun subject takes over)
  if (/ing$/.test(w.lower) && /^\s*With\s/.test(text.slice(x.s.start, Math.max(x.subject.start, x.s.start) + 5))) {
    const main = clauseWords.findIndex(
      (y, k) => k > 0 && lex.pronouns.has(y.lower) && /,\s*$/.test(text.slice(clauseWords[k - 1].end, y.start)),
    );
    if (main > 0) stop = Math.min(stop, text.lastIndexOf(",", clauseWords[main].start));
  }
  // "said the Dome cost taxpayers £28.7m …": after "said", a long object is a clause.
  // ("says phone-tap evidence works in the courts of …": a longer one may open with a compound modifier.)
  const modifierStart =
    clauseWords.length >= 7 &&
    /^\p{Ll}+-\p{Ll}+$/u.test(clauseWords[0]?.text ?? "") &&
    clauseWords.slice(1, 4).some((y) => /^\p{Ll}+s$/u.test(y.text) && !/ss$/.test(y.text));
  const sayClause =
    lex.clausalCues.has(w.lower) &&
    clauseWords.length >= 5 &&
    (/^(?:the|a|an|his|her|its|their|this|these|those|some|many|most|all|no|none|each|both|neither|either|one|two|three|\p{Lu}\p{L}*(?:['’]s?)?)$/u.test(
      clauseWords[0]?.text ?? "",
    ) ||
      // ("said 60% of women in the film industry hold degrees": a figure opens the subject)
      isFigureWord(clauseWords[0]?.text ?? "") ||
      // ("says about 4,000 people need urgent help": past a qualifier of it)
      opensWithQualifiedFigure(clauseWords) ||
      // ("said consumers face real problems": a bare plural subject before a lower-case verb)
      // ("says opinion polls suggest …": past one or two lower-case modifiers)
      [0, 1, 2].some(
        (k) =>
          looksPlural(clauseWords[k]?.text ?? "") &&
          clauseWords.slice(0, k).every((y) => /^\p{Ll}+$/u.test(y.text) && !FUNCTION_WORD.test(y.lower)) &&
          /^\p{Ll}+$/u.test(clauseWords[k + 1]?.text ?? "") &&
          !/^(?:of|in|on|at|for|to|from|with|by|and|or|but|that|who|which|as|than|about|into|over)$/.test(
            clauseWords[k + 1]?.lower ?? "",
          ) &&
          // (not a verb in -s with its object: "which the party says often makes it too expensive")
          (k === 0 ||
            !/^(?:it|them|him|her|us|me|you|the|a|an|its|their|his|our|this|these|those)$/.test(
              clauseWords[k + 1].lower,
            )),
      ) ||
      modifierStart ||
      bareSubject(clauseWords)) &&
    !ctx.quoteAt(clauseWords[0].start) &&
    !/^(?:In|On|At|During|After|Before|With|By|For|About|From|Of|To)$/.test(clauseWords[0].text);
  // "felt that there "might well be" …": a cue ending in "that" introduces a clause whatever follows.
  const thatCue = / that$/i.test(text.slice(w.start, cueEnd));
  // ("… loopholes in property and company registration rules that had allowed …": "that" before an auxiliary is
  // the relative pronoun of a noun, not a cue's)
  if (thatCue && lex.finite.has(clauseWords[0]?.lower ?? "") && !/^be(?:en|ing)?$/.test(clauseWords[0].lower))
    return undefined;
  // "questioned what would be exempted": a question's wh-clause
  const question = isQuestionClause(lex, w.lower, clauseWords);
  // "say in the northern cities, the race is …": after a verb of saying, a fronted adverbial phrase set off by
  // a comma, then a clause.
  const comma = clauseWords.findIndex((y, k) => k > 0 && /^\s*,\s/.test(text.slice(clauseWords[k - 1].end, y.start)));
  const fronted =
    lex.clausalCues.has(w.lower) &&
    FRONTED.test(clauseWords[0]?.lower ?? "") &&
    comma > 1 &&
    comma <= 6 &&
    isClause(ctx, clauseWords.slice(comma));
  // ("… is expected to open later in 2024, the city says, roughly two years behind schedule": after a comma that
  // closes the cue, only a whole clause)
  // ('Boyd said Wednesday, waiting on a platform as …': past time words too; a participle after that comma tells what
  // the speaker was doing)
  const closed = /^(?:\s+[\p{L}.]+){0,3}?\s*,\s*$/u.test(text.slice(cueEnd, start));
  if (closed && /^\p{Ll}+ing$/u.test(clauseWords[0]?.text ?? "")) return undefined;
  if (!(isClause(ctx, clauseWords) || fronted || ((sayClause || thatCue || question) && !closed))) return undefined;
  return reportBefore(x, start, stop, x.relative ? "relative-cue-clause" : "speaker-cue-clause");
}
