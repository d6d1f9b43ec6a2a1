import type { SpeakerType } from "../types.ts";
import { capitalRuns, isCapital } from "./capitalRuns.ts";
import type { Entities, Mention } from "./entities.ts";
import { parseNameRun } from "./parseNameRun.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";
import { words } from "./words.ts";

/** Who a quote is attributed to. */
export interface Attribution {
  speaker: string;
  speaker_type: SpeakerType;
  role: string | null;
  speaker_start: number;
  speaker_end: number;
}

const DETERMINERS = /^(?:the|a|an|one|two|three|several|some|many|multiple|other|another|his|her|their|its)\s+/i;

function nearest(mentions: readonly Mention[], pos: number, ok: (m: Mention) => boolean): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k].start < pos && ok(mentions[k])) return mentions[k];
  return undefined;
}

/**
 * Resolves the speaker phrase `text[start, end)` (a name, a pronoun, a role noun or a description)
 * to the fullest name the article gives, or the source's own description. `appositive` is the
 * phrase set off after the name (`a professor of …`), used as the role.
 */
export function resolveSpeaker(
  text: string,
  start: number,
  end: number,
  ents: Entities,
  lex: QuoteLexicon,
  appositive: string | null = null,
): Attribution | null {
  // Trim to the phrase proper: no leading conjunction, no trailing relative clause or punctuation.
  let ws = words(text, start, end);
  while (
    ws.length > 1 &&
    (/^(?:and|but|so|then|or|also|while|as|with|like|in|at|for|by|meanwhile|however)$/.test(ws[0].lower) ||
      /^\p{Lu}\p{Ll}+ly$/u.test(ws[0].text))
  )
    ws = ws.slice(1);
  // "Laying into the record he": a phrase that ends in a pronoun is that pronoun.
  if (ws.length > 1 && lex.pronouns.has(ws[ws.length - 1].lower) && /^\p{Ll}/u.test(ws[ws.length - 1].text))
    ws = ws.slice(-1);
  if (!ws.length || ws.length > 14) return null;
  const cut = ws.findIndex((w, k) => k > 0 && /^(?:who|which|whose|known|speaking|familiarity)$/.test(w.lower));
  const core = cut > 0 ? ws.slice(0, cut) : ws;
  const s = core[0].start;
  const e = core[core.length - 1].end;
  const phrase = text.slice(s, e);
  const full = text.slice(s, ws[ws.length - 1].end);
  const lowers = core.map((w) => w.lower);
  const lastWord = core[core.length - 1];
  const roleOf = (r: string | null) =>
    r ?? (appositive ? appositive.replace(/^(?:the|a|an)\s+/i, "").replace(/^[\p{L}.]+['’]s\s+/u, "") : null);

  if (core.length === 1 && lex.pronouns.has(lastWord.lower)) {
    const p = lex.pronouns.get(lastWord.lower);
    if (p?.kind === "person" && p.gender) {
      const m = nearest(ents.mentions, s, (x) => {
        if (x.kind !== "person" || !x.subject || !x.named) return false;
        const g = ents.fullName(x.name.split(" ")).gender;
        return !g || g === p.gender;
      });
      if (!m) return { speaker: phrase, speaker_type: "person", role: null, speaker_start: s, speaker_end: e };
      const person = ents.fullName(m.name.split(" "));
      return { speaker: person.name, speaker_type: "person", role: person.role, speaker_start: s, speaker_end: e };
    }
    if (p?.kind === "organization") {
      const m = nearest(ents.mentions, s, (x) => x.kind === "organization" && x.subject);
      if (!m) return { speaker: phrase, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
      return { speaker: m.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
    }
    // "they": left to the refiners, which look for the previous speaker.
    if (p?.kind === "plural" && lastWord.lower === "they")
      return { speaker: phrase, speaker_type: "anonymous", role: null, speaker_start: s, speaker_end: e };
    return null;
  }

  // A name: the phrase ends in a capitalised word that is not a title.
  const generic = core.length === 1 && lex.anonymousHeads.has(lastWord.lower);
  // "The Department of Justice": a title word ends an organisation's name too.
  const orgName =
    core.length > 2 &&
    /^(?:of|for)$/.test(core[core.length - 2].lower) &&
    core.some((w) => isCapital(w) && lex.orgHeads.has(w.lower));
  if (isCapital(lastWord) && (!lex.titles.has(lastWord.lower) || orgName) && !generic) {
    const runs = capitalRuns(text, core);
    const [i, j] = runs[runs.length - 1];
    const run = parseNameRun(text, core, i, j, lex);
    if (run) {
      const the = i > 0 && core[i - 1].lower === "the";
      if (run.kind === "organization") {
        const bareName = run.name.replace(/^the /, "");
        const expanded = ents.acronyms.get(bareName);
        const name = expanded ?? (the && !run.name.startsWith("the ") ? `the ${run.name}` : run.name);
        // "Opposition Conservatives", "Canada's commerce ministry": keep the qualifying words.
        const lead = i > 0 && !the && isCapital(core[0]) ? text.slice(s, run.start) : "";
        return {
          speaker: lead && !expanded ? lead + run.name : name,
          speaker_type: "organization",
          role: null,
          speaker_start: s,
          speaker_end: e,
        };
      }
      const person = ents.fullName(run.tokens);
      // A lone capitalised word that the article never gives a first name, title or honorific
      // ("Novartis said", "Reuters reported") is an organisation.
      const kin = appositive !== null && /^(?:his|her|their)\s/i.test(appositive);
      if (kin)
        return {
          speaker: person.name,
          speaker_type: "person",
          role: null,
          speaker_start: run.start,
          speaker_end: run.end,
        };
      if (
        person.tokens.length === 1 &&
        !run.role &&
        !person.role &&
        !appositive &&
        run.start === core[i].start &&
        !lex.honorifics.has(core[0].lower)
      )
        return {
          speaker: the ? `the ${person.name}` : person.name,
          speaker_type: "organization",
          role: null,
          speaker_start: run.start,
          speaker_end: run.end,
        };
      return {
        speaker: person.name,
        speaker_type: "person",
        role: appositive ? roleOf(null) : (run.role ?? person.role),
        speaker_start: run.start,
        speaker_end: run.end,
      };
    }
  }

  // A description: "a defence source", "the minister", "the news agency", "Analysts".
  const head = lastWord.lower;
  const description = full.replace(/[\s,;:—–-]+$/, "");
  // "a Department for Education and Skills spokeswoman" is an unnamed source; "a Canadian general" a role.
  const titleHead =
    lex.titles.has(head) &&
    !/^(?:source|sources|official|officials|people)$/.test(head) &&
    !(/^(?:a|an)\s/i.test(phrase) && lex.anonymousHeads.has(head));
  if (!titleHead && lowers.some((w) => lex.anonymousHeads.has(w)))
    return { speaker: description, speaker_type: "anonymous", role: null, speaker_start: s, speaker_end: e };
  if (titleHead) {
    const role = phrase.replace(DETERMINERS, "").replace(/^[\p{L}.]+['’]s\s+/u, "");
    const withRole = (x: Mention) => {
      if (x.kind !== "person") return false;
      const r = ents.fullName(x.name.split(" ")).role;
      return r !== null && new RegExp(`\\b${head}\\b`, "i").test(r);
    };
    let m = nearest(ents.mentions, s, withRole);
    if (!m) m = ents.mentions.find((x) => x.start > e && withRole(x));
    if (!m)
      m = nearest(
        ents.mentions,
        s,
        (x) => x.kind === "person" && x.speaks && x.named && ents.fullName(x.name.split(" ")).role === null,
      );
    if (!m) m = ents.mentions.find((x) => x.start > e && x.kind === "person" && x.named);
    if (!m) return { speaker: description, speaker_type: "anonymous", role: null, speaker_start: s, speaker_end: e };
    const person = ents.fullName(m.name.split(" "));
    return {
      speaker: person.name,
      speaker_type: "person",
      role: person.role ?? role,
      speaker_start: s,
      speaker_end: e,
    };
  }
  if (lowers.some((w) => lex.orgHeads.has(w))) {
    if (!core.slice(1).some((w) => isCapital(w)) && /^the\s/i.test(phrase) && lex.orgAnaphors.has(head)) {
      const org = (x: Mention) => x.kind === "organization" && !lex.places.has(x.name.toLowerCase());
      const m =
        nearest(ents.mentions, s, (x) => org(x) && x.speaks) ?? nearest(ents.mentions, s, (x) => org(x) && x.subject);
      if (m) return { speaker: m.name, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
    }
    return { speaker: phrase, speaker_type: "organization", role: null, speaker_start: s, speaker_end: e };
  }
  // "Many newspapers", "Big businesses": an unnamed group, but not "30 years".
  const quantified = /^(?:many|some|most|several|other|others|few|all|both|various|numerous|the)$/.test(lowers[0]);
  // "animators argue": a bare plural of people.
  const bare =
    core.length <= 3 &&
    core.every((w) => /^\p{Ll}/u.test(w.text)) &&
    !lex.inanimateHeads.has(head) &&
    !lex.notNames.has(head);
  if (/s$/.test(head) && (quantified || bare) && !lex.timeHeads.has(head) && !lex.finite.has(head) && core.length <= 8)
    return { speaker: description, speaker_type: "anonymous", role: null, speaker_start: s, speaker_end: e };
  return null;
}
