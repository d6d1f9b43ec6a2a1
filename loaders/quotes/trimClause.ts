import { cuePattern } from "./cuePattern.ts";
import { lexicon, lexiconSet } from "../lexicon/lexicon.ts";
import { weekdayPattern } from "./weekdayPattern.ts";

let circumstances: RegExp | undefined;
let contrast: RegExp | undefined;
let coordinatedCue: RegExp | undefined;
let cues: ReadonlySet<string> | undefined;
let adjectives: ReadonlySet<string> | undefined;
let nextAct: RegExp | undefined;
let relativeReport: RegExp | undefined;
let ownQuote: RegExp | undefined;
let semicolonReport: RegExp | undefined;
let semicolonSubject: RegExp | undefined;
const LEFT_BEHIND = new RegExp(
  `\\s+(?:and|but)(?:\\s+(?:also|then|later|afterwards|subsequently|on\\s+${weekdayPattern}))*\\s*$`,
  "u",
);

const FINITE_AFTER_AND =
  /,\s+(?:and|but)\s+(?:\p{Ll}+ly\s+)?(?:is|are|was|were|has|have|had|will|would|can|could|did|does)\s|\s[—–-]\s+(?:but|and|although|though|while)\s(?![^—–-]{0,60}\s[—–-]\s)/gu;

const JUDGED_BY =
  /,?\s+(?:but|although|though|while)\s+(?:(?:\S+\s+){1,4}(?:was|were|has been|have been|had been|is being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s|it\s+is\s+(?:\p{Ll}+ly\s+)?(?:expected|believed|thought|understood|feared|rumoured)\s)/u;

const NAMED_CONTRAST =
  /(?:,\s+(?:while|whereas)|,?\s+(?:although|though))\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}\s+(?:\p{Ll}+ly\s+)?(?:has|have|had|is|are|was|were)\s/u;

// ("initially said about 80 residents had been displaced, but later revised that number", "…, but that was later
// expanded to 40": what came after the report, in the reporter's words; not a modal's prospect, "but would later fall")
const LATER_TURN =
  /,\s+but\s+(?:(?!(?:will|would|could|can|may|might|should|must|shall)\s)[\p{L}'’]+\s+){0,3}?(?:later|subsequently)\s/iu;
const FRAMED_AS = /,\s+in\s+what\s+(?:[\p{L}'’.-]+\s+){1,6}?(?:called|described|termed|branded|dubbed|said)\s/u;

const ESTIMATE_CONTRAST =
  /,\s+(?:while|whereas|but)\s+(?:[\p{L}\d'’.-]+\s+){1,9}?(?:put|puts|placed|places|pegged|pegs)\s+(?:the|its|their|that|this)\s+(?:[\p{L}-]+\s+){0,3}at\s/u;

// A named person or body answering after "but": "but Tennis Australia's Geoff Pollard rejected his comments".
const ANSWERED_BY =
  /,?\s+but\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’.-]*\s+){1,5}(?:\p{Ll}+ly\s+)?(?:rejected|denied|dismissed|disputed|insisted|countered|responded|replied|said|says|argued)\s/u;

// A verb after an "according to" source: the clause goes on past it.
const VERB_AFTER_SOURCE =
  /(?<![\p{L}])(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|does|did|do|told|said|made|took|gave|let|put|set|kept|left|found|won|lost|paid|sold|held|\p{Ll}+ed)(?![\p{L}])/u;

const SUBJECT_WORD = /^(?:the|a|an|this|these|those|some|many|most|other|others|\p{Lu}[\p{L}'’-]*)$/u;
const VERB_AFTER_PLURAL = /^(?:would|will|could|can|may|might|should|must|have|had|are|were|do|did)$/;

// The offset of a " but " (no comma) that opens a clause with its own subject and a cue among its first words
// ("but designers would not confirm", "but critics fear"), or -1.
function butSubjectCue(clause: string): number {
  const cueSet = (cues ??= lexiconSet("quotes/cues"));
  for (const m of clause.matchAll(/\sbut\s+/g)) {
    const ws = clause.slice(m.index + m[0].length).split(/\s+/, 7);
    const subject =
      SUBJECT_WORD.test(ws[0]) ||
      (/^\p{Ll}{3,}s$/u.test(ws[0]) && (VERB_AFTER_PLURAL.test(ws[1] ?? "") || cueSet.has(ws[1] ?? "")));
    // (not an adjective of feeling after "be": "… but parents were still worried about …" is still the report;
    // lexicon `quotes/cues-adjectival`)
    const adjectival = (k: number) =>
      (adjectives ??= lexiconSet("quotes/cues-adjectival")).has(ws[k]) &&
      ws.slice(Math.max(0, k - 2), k).some((v) => /^(?:is|are|was|were|be|been)$/.test(v));
    if (subject && ws.slice(1, 6).some((w, k) => cueSet.has(w) && !adjectival(k + 1))) return m.index;
  }
  return -1;
}

/**
 * Trims a reported clause `text[start, end)` to what was said: without a leading "that" and
 * punctuation, and stopping where the sentence returns to the speaker (", and are already …"),
 * turns to others' views ("but the move was criticised by …") or to the circumstances of the speech.
 * Without `asides`, a clause credited after it keeps its concessive clause ("…, although …, according to the OECD").
 */
export function trimClause(text: string, start: number, end: number, asides = true): [number, number] {
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  if (/^that\s/i.test(text.slice(start, start + 5))) start += 5;
  // "But that is going to change very soon, according to the panel": the conjunction is the reporter's.
  const conjunction = /^(?:but|and|so|yet)\s+(?=\p{L})/iu.exec(text.slice(start, end));
  if (conjunction) start += conjunction[0].length;
  // (no cut falls inside quoted words: 'The list "will be limited and final, and will not be extended …"', 'said
  // the plan was "flawed and called into question …"')
  const quoted = (i: number) => (text.slice(start, start + i).match(/["“”]/g) ?? []).length % 2 === 1;
  // Ends the clause at offset `at` into it: past `min` characters and, unless `inQuotes`, not inside quoted words.
  const cut = (at: number | undefined, min = 10, inQuotes = false) => {
    if (at !== undefined && at > min && (inQuotes || !quoted(at))) end = start + at;
  };
  // "… has been very positive, and are already planning …": the verb phrase returns to the speaker.
  for (const m of text.slice(start, end).matchAll(FINITE_AFTER_AND)) {
    // ("the Tories would make cuts, …, but would bring in more …": a modal the reported clause already has
    // carries on the report, not the speaker; and "would", "could", "should", "might", the future of reported
    // speech, always: "the station was not trying to replace Peel, but would rise to the challenge")
    const modal = /\b(would|could|will|should|might)\s*$/.exec(m[0].trimEnd() + " ");
    const continues =
      modal && (modal[1] !== "will" || new RegExp(`\\b${modal[1]}\\b`).test(text.slice(start, start + m.index)));
    if (!continues && !quoted(m.index)) {
      end = start + m.index;
      break;
    }
  }
  // ("said he is focused on winning the poll and is due to join …": after a pronoun subject, "and is due to" tells
  // the speaker's plans in the reporter's words)
  const plans = /^(?:he|she|they|it|we)\s/i.test(text.slice(start, end))
    ? /\s+and\s+(?:is|are|was|were)\s+(?:due|expected|set|scheduled|likely)\s+to\s/.exec(text.slice(start, end))
    : null;
  cut(plans?.index, -1);
  // "… to curb inflation but the move was criticised by analysts": narration about others' views.
  const judged = JUDGED_BY.exec(text.slice(start, end));
  cut(judged?.index, -1);
  // ("Investors feel that the areas were so poor …, according to analysts": a reported clause with a cue of its
  // own ends before a source that vouches for the whole sentence.)
  // (only a source that ends the clause: not "The biggest culprit, according to the EPA, is …", "which, according
  // to reports, let 10,000 users …", "It has value, according to IBM, because …")
  const vouched = /,\s+according\s+to\s/i.exec(text.slice(start, end));
  const source = vouched ? text.slice(start + vouched.index + vouched[0].length, end) : "";
  if (
    !VERB_AFTER_SOURCE.test(source) &&
    !/,\s+(?:because|while|although|though|which|whereas|so|and|but)\s/i.test(source)
  )
    cut(vouched?.index);
  // "… take place during an interview with …": circumstances of the speech are not what was said.
  circumstances ??= new RegExp(`[\\s,]+(?:${lexicon("quotes/circumstances").join("|")})\\b`, "i");
  const c = circumstances.exec(text.slice(start, end));
  cut(c?.index);
  // "…will cement the country's progress, two weeks after EU leaders set a date": the reporter's timing.
  const timing =
    /,\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:after|before|since)\s/i.exec(
      text.slice(start, end),
    );
  cut(timing?.index, -1);
  // "…the contest is too close to call, although little polling has been carried out": the reporter's aside.
  // ("… are keen to get in on the act, yet few are actually entering …": "yet" too)
  // ("…, though it is unclear if that will be in time": an impersonal "it is unclear" is the reporter's too)
  const aside =
    /,\s+(?:although|though|yet)\s+(?!(?:he|she|they|we|it|i)\b)/i.exec(text.slice(start, end)) ??
    /,\s+(?:although|though|but)\s+it\s+(?:is|was|remains|remained)\s+(?:not\s+)?(?:unclear|clear|known|uncertain)\b/i.exec(
      text.slice(start, end),
    );
  if (asides) cut(aside?.index);
  // "… towards classical music, adding: "There is …"": a participle cue set off by a comma reports more.
  // ("… prospects for its slimming products saying that demand is on the wane", "she was "very excited",
  // describing Charles as …": so does one before "that" or its object)
  const more =
    /,\s+(?:adding|saying|noting|insisting|warning|arguing|explaining)\s*:|,\s+(?:adding|saying|noting|insisting|warning|arguing|explaining|claiming|suggesting)\s+that\s|(?<!\bas)\s+saying\s+that\s|,\s+(?:describing|calling|branding|dubbing)\s+(?:\p{Lu}|the\s|his\s|her\s|their\s|its\s|it\s|him\s|them\s)/iu.exec(
      text.slice(start, end),
    );
  cut(more?.index, 10, true);
  // ("she did not feel her own colleagues could be trusted, but suggested the …": the speaker's next report)
  coordinatedCue ??= new RegExp(`,\\s+(?:and|but)\\s+(?:also\\s+)?(?:${cuePattern})\\s`, "u");
  const next = coordinatedCue.exec(text.slice(start, end));
  cut(next?.index, 10, true);
  // ('said Bellamy did not score enough goals "The chap that's just gone has scored …," said Souness': a quotation
  // with a cue of its own after it is a quote of its own, where a full stop was left out)
  ownQuote ??= new RegExp(`\\s["“][^"“”]{10,}[,!?]["”]\\s+(?:${cuePattern})\\b`, "u");
  const own = ownQuote.exec(text.slice(start, end));
  cut(own?.index, 10, true);
  // ("there had been a 29% drop …, which he said the government needed to address": a relative clause with a cue
  // of its own is a second report, framed by the reporter; not one set off by commas inside the clause: "voters are
  // uninterested in the chatter, which they believe is a media-only obsession, or that they fear …")
  relativeReport ??= new RegExp(`,\\s+(?:which|who)\\s+(?:he|she|they|it|we)\\s+(?:${cuePattern})\\s[^,]*$`, "u");
  const relative = relativeReport.exec(text.slice(start, end));
  cut(relative?.index);
  if (asides) {
    // ("… says the movie is not offensive and has refused to withdraw it": past an auxiliary too)
    // ("said he hardly ever watched the Oscars and labelled awards ceremonies "idiotic"", "said a cut was unlikely,
    // citing rising prices": the speaker's next act or the act's occasion, no comma needed; lexicons
    // `quotes/speaker-acts` and `quotes/report-adjuncts`)
    nextAct ??= new RegExp(
      `(?:\\s+(?:and|but)\\s+(?:(?:also|then|on\\s+${weekdayPattern}|has|have|had)\\s+)?(?:${lexicon("quotes/speaker-acts").join("|")})|,\\s+(?:${lexicon("quotes/report-adjuncts").join("|")}))\\s`,
      "u",
    );
    const act = nextAct.exec(text.slice(start, end));
    // (a consequence after a hypothetical is part of it: "companies may take a look, prompting an auction"; not the
    // speaker's act: "said they would cut rations, blaming a funding gap")
    const hypothetical =
      act !== null &&
      /^,\s+(?:prompting|sparking|triggering)\s/.test(act[0]) &&
      /\b(?:may|might|could|would)\s/.test(text.slice(start, start + act.index));
    if (!hypothetical) cut(act?.index);
    cut(LATER_TURN.exec(text.slice(start, end))?.index);
  }
  // "casual gamers were not just women, a common misconception which pervades …": the reporter's comment on it.
  // ("he had not left the UKIP group - a move he announced shortly after the meeting": after a dash, with a subject of
  // its own too)
  const comment =
    /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}(?:which|that)\s/u.exec(text.slice(start, end)) ??
    /\s[-–—]\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?(?:which|that|he|she|they|it|we)\s/u.exec(text.slice(start, end));
  cut(comment?.index);
  // ("about 1,500 deaths fell within its remit; in its latest update, published last month, it said …": a clause
  // after a semicolon with a subject pronoun and a cue of its own is a report of its own; not "…; there is rarely, the
  // centre says, any sort of rebuilding boom", this report's own cue)
  semicolonReport ??= new RegExp(
    `;\\s+[^;]{0,80}?(?<![\\p{L}])(?:it|he|she|they|we)\\s+(?:also\\s+)?(?:${cuePattern})(?![\\p{L}])`,
    "u",
  );
  cut(semicolonReport.exec(text.slice(start, end))?.index);
  // ("… about 70 per cent of 2019 levels; the transit union, which represents …, says counts …": or with a subject
  // of its own opening it, past a relative clause)
  semicolonSubject ??= new RegExp(
    `;\\s+(?:(?:the|a|an)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?[\\p{L}'’-]+|(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’.-]*)(?:,\\s+(?:which|who)\\s[^;]{2,120}?,)?\\s+(?:also\\s+)?(?:${cuePattern})(?![\\p{L}])`,
    "u",
  );
  cut(semicolonSubject.exec(text.slice(start, end))?.index);
  // ("… submitted more than $200,000 in false claims, in what prosecutors called one of the largest frauds": the
  // reporter's framing of it, with its own cue)
  cut(FRAMED_AS.exec(text.slice(start, end))?.index);
  // "… had been replaced, while 30% said only some had": a contrasting clause with a speaker and cue of its own.
  contrast ??= new RegExp(`,\\s+(?:while|whereas|but)\\s+(?:[\\p{L}\\d%'’-]+\\s+){1,5}?(?:${cuePattern})\\s`, "u");
  const other = contrast.exec(text.slice(start, end));
  // (not inside quoted words: 'the pair "brought a real warmth …, but in the end we felt …"')
  cut(other?.index);
  // ("… more than 4,000 had graduated, while a Ukrainian military attaché in London put the number at nearly 5,000":
  // a contrasting estimate of someone else's)
  cut(ESTIMATE_CONTRAST.exec(text.slice(start, end))?.index);
  // ("… would support multiple systems but designers would not confirm if …": "but" with no comma too, before a
  // subject of its own: not "… but was concerned …", "… but plans to announce …", "… but who had been found …")
  cut(butSubjectCue(text.slice(start, end)));
  // "… does not wish to opt for a debt freeze, while India has also rejected aid": a contrasting clause about
  // someone named, in the narrator's words.
  const named = NAMED_CONTRAST.exec(text.slice(start, end));
  cut(named?.index);
  // ("… to make the surface faster but Tennis Australia's Geoff Pollard rejected his comments": someone named
  // answering after "but" is the reporter's narration)
  const answered = ANSWERED_BY.exec(text.slice(start, end));
  cut(answered?.index);
  // ("said he does not want higher tax rates and also said …", "… but on Wednesday said …": a report cut at the
  // speaker's next cue leaves its conjunction and time behind)
  const left = LEFT_BEHIND.exec(text.slice(start, end));
  cut(left?.index, 10, true);
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1])) end--;
  return [start, end];
}
