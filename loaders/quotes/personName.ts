import { lexicon } from "../lexicon/lexicon.ts";
import { isHonorific } from "./isHonorific.ts";
import { isNationality } from "./isNationality.ts";
import type { SpeakerType } from "../types.ts";
import { isCapital } from "./capitalRuns.ts";
import { describedPerson } from "./describedPerson.ts";
import type { Mention, Person } from "./entities.ts";
import { companyName } from "./companyName.ts";
import { longerName } from "./longerName.ts";
import type { NameRun } from "./parseNameRun.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import { DETERMINERS, type SpeakerContext } from "./speakerContext.ts";

// (lexicon `quotes/circumstance-openers`: "alongside", "asked", "speaking" …)
const CIRCUMSTANCE = new RegExp(`^(?:${lexicon("quotes/circumstance-openers").join("|")})\\b`, "i");

// A capitalised run read as a person: the run (`core[i]` on, after "the" when `the`), the person the
// article knows by it, its first token and the fuller two-word name the article introduced a lone word by.
interface PersonRun {
  run: NameRun;
  i: number;
  the: boolean;
  person: Person;
  token: string;
  longer: Mention | undefined;
}

type NameStep = (ctx: SpeakerContext, name: PersonRun) => Attribution | undefined;

// An attribution spanning the name itself (not the whole phrase).
const atName = (
  { run }: PersonRun,
  speaker: string,
  speaker_type: SpeakerType,
  role: string | null = null,
): Attribution => ({
  speaker,
  speaker_type,
  role,
  speaker_start: run.start,
  speaker_end: run.end,
});

// "The Scot", "the Dutchman", "the New Zealander": a nationality noun for the person named most recently.
const demonym: NameStep = (ctx, { run, i, the, person }) => {
  const { text, ents, lex, core, s } = ctx;
  if (
    // ("The 55-year-old Frenchman": lower-case words or an age may come between.)
    (the || core[i].lower === "the" || (core[0].lower === "the" && core.slice(1, i).every((w) => !isCapital(w)))) &&
    // ("said the New Zealander", "the South African": a compass point or "New" before the nationality)
    isNationality(run.tokens, lex) &&
    person.tokens.length === run.tokens.length
  ) {
    const m = describedPerson(text, ents, s);
    if (!m) return ctx.unnamed(ctx.phrase);
    const p = ents.fullName(m.name.split(" "));
    return ctx.at(p.name, "person", p.role);
  }
  return undefined;
};

// "Stephen, his son": a name set off by "his …", "her …" or "their …" is a person, with no role.
const kin: NameStep = (ctx, name) => {
  const { appositive } = ctx;
  if (appositive !== null && /^(?:his|her|their)\s/i.test(appositive)) return atName(name, name.person.name, "person");
  return undefined;
};

// "Nogar's son Stephen said": a known first name after a description is a person.
const describedFirstName: NameStep = (ctx, name) => {
  const { text, lex, s } = ctx;
  const { run, person, token } = name;
  const lead = text.slice(s, run.start).trim();
  if (person.tokens.length === 1 && lex.commonFirstNames.has(token.toLowerCase()) && /(?:^|\s)\p{Ll}+$/u.test(lead))
    return atName(name, person.name, "person", lead.replace(DETERMINERS, ""));
  return undefined;
};

// "Serena said" after "Serena Williams": the person the article introduced.
const introducedFirstName: NameStep = (ctx, name) => {
  const { ents, lex, appositive } = ctx;
  const { run, person, longer } = name;
  // ("Wang Yan" … "said Mr Wang": after an honorific, the first word of a name written family name first, when
  // it is no known first name; not "Mr Howard" after "Howard Flight")
  const styled = isHonorific(/(\S+)\s+$/.exec(ctx.text.slice(Math.max(0, run.start - 12), run.start))?.[1] ?? "", lex);
  const first = person.name.toLowerCase();
  const given = lex.commonFirstNames.has(first) ? !styled : styled && !lex.firstNames.has(first);
  if (longer?.kind === "person" && given && !run.role && !appositive)
    return atName(name, ents.fullName(longer.name.split(" ")).name, "person");
  // ("His wife Sharon" … "Sharon Osbourne gave details" … "Sharon said": a first name the article gives in full
  // for one person only, before or after)
  if (!longer && person.tokens.length === 1 && !run.role && !appositive && given) {
    const fuller = new Set(
      ents.mentions
        .filter((x) => x.kind === "person" && x.named && !x.quoted && x.name.split(" ")[0].toLowerCase() === first)
        .map((x) => ents.fullName(x.name.split(" ")).name)
        .filter((x) => x.includes(" ")),
    );
    if (fuller.size === 1) return atName(name, [...fuller][0], "person");
  }
  return undefined;
};

// A web address as a name: `OneStat.com`, `Amazon.co.uk`.
const WEB_ADDRESS = /^[\p{L}\d-]+(?:\.\p{Ll}{2,4})+$/u;

// A lone capitalised word that the article never gives a first name, title or honorific, nor a voice of
// its own ("Novartis said", "Reuters reported"), is an organisation; so is a web address, whatever describes
// it ("Net traffic monitor, OneStat.com, reported").
const loneWord: NameStep = (ctx, name) => {
  const { lex, core, appositive } = ctx;
  const { run, i, the, person, longer } = name;
  if (person.tokens.length === 1 && WEB_ADDRESS.test(person.name) && run.start === core[i].start)
    return atName(name, person.name, "organization");
  if (
    person.tokens.length === 1 &&
    !run.role &&
    !person.role &&
    !appositive &&
    run.start === core[i].start &&
    !lex.honorifics.has(core[0].lower)
  ) {
    // (one that speaks in the first person singular is a person: "Parry said: "I …"")
    if (ctx.ents.mentions.some((x) => x.name === person.name && x.kind === "person" && x.named))
      return atName(name, longer ? ctx.ents.fullName(longer.name.split(" ")).name : person.name, "person");
    return atName(name, longer?.name ?? (the ? `the ${person.name}` : person.name), "organization");
  }
  return undefined;
};

const STEPS: readonly NameStep[] = [demonym, kin, describedFirstName, introducedFirstName, loneWord];

// "His wife Sharon, who called the police, said …" before "Sharon Osbourne gave details …": a first name alone is
// the one person the article names in full with it.
function fullFirstName({ ents, lex }: SpeakerContext, person: Person): Person {
  if (person.tokens.length !== 1 || !lex.commonFirstNames.has(person.name.toLowerCase())) return person;
  const full = new Set(
    ents.mentions.filter((x) => x.kind === "person" && x.name.startsWith(`${person.name} `)).map((x) => x.name),
  );
  return full.size === 1 ? ents.fullName([...full][0].split(" ")) : person;
}

/**
 * The speaker a capitalised run read as a person names (`core[i]` on, after "the" when `the`): the person
 * a nationality noun describes, a lone word the article introduced in full or that names an organisation,
 * else the person by their fullest name, with the appositive (not a circumstance) or their title as role.
 */
export function personName(ctx: SpeakerContext, run: NameRun, i: number, the: boolean): Attribution {
  const { ents, appositive } = ctx;
  const person = fullFirstName(ctx, ents.fullName(run.tokens));
  const longer = person.tokens.length === 1 ? longerName(ents, person.name, ctx.lex) : undefined;
  const name: PersonRun = { run, i, the, person, token: run.tokens[0] ?? "", longer };
  const company = person.tokens.length <= 3 ? companyName(ents.mentions, person.name, ctx.lex.firstNames) : undefined;
  if (company) return atName(name, company.name, "organization");
  for (const step of STEPS) {
    const who = step(ctx, name);
    if (who !== undefined) return who;
  }
  // ("Marc Garneau, alongside Defence Minister Harjit Sajjan, said": a circumstance, not a role.)
  const role =
    appositive && !CIRCUMSTANCE.test(appositive)
      ? appositive.replace(/^(?:the|a|an)\s+/i, "").replace(/^[\p{L}.]+['’]s\s+/u, "")
      : (run.role ?? person.role);
  return atName(name, person.name, "person", role);
}
