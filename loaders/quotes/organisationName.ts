import { isCapital } from "./capitalRuns.ts";
import { companyName } from "./companyName.ts";
import { longerName } from "./longerName.ts";
import { nearest } from "./nearest.ts";
import type { NameRun } from "./parseNameRun.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * The speaker a capitalised run read as an organisation names (`core[i]` on, after "the" when `the`):
 * the fuller name or acronym's expansion the article gives, else the name with its qualifying words.
 */
export function organisationName(ctx: SpeakerContext, run: NameRun, i: number, the: boolean): Attribution {
  const { text, ents, lex, core, s } = ctx;
  const bareName = run.name.replace(/^the /, "");
  // "the Bank" after "the Reserve Bank of Australia": a bare head word is the fuller name.
  const head = !bareName.includes(" ") && lex.orgHeads.has(bareName.toLowerCase()) ? bareName : null;
  const fuller = head
    ? nearest(
        ents.mentions,
        s,
        (x) =>
          x.kind === "organization" && new RegExp(`\\b${head}\\b`).test(x.name) && x.name.replace(/^the /, "") !== head,
      )
    : undefined;
  const expanded =
    ents.acronyms.get(bareName) ??
    fuller?.name ??
    longerName(ents, bareName, lex)?.name ??
    companyName(ents.mentions, bareName)?.name;
  const name = expanded ?? (the && !run.name.startsWith("the ") ? `the ${run.name}` : run.name);
  // "Opposition Conservatives", "Canada's commerce ministry": keep the qualifying words.
  // ("the Prime Minister's Office", "the UN's Food & Agriculture Organisation" too)
  const capitalised =
    isCapital(core[0]) || /^the\s+(?:\p{Lu}[\p{L}.&-]*\s+)*\p{Lu}[\p{L}.&-]*['’]s\s+$/u.test(text.slice(s, run.start));
  // ("Israeli technology firm Celltick": not a describing noun before the name)
  // ("US research think-tank Pew Internet and American Life": nor any lower-case noun right before it)
  const previous = core[i - 1];
  const described =
    lex.orgAnaphors.has(previous?.lower ?? "") ||
    (previous !== undefined &&
      /^\p{Ll}[\p{Ll}-]+$/u.test(previous.text) &&
      !/^(?:of|for|and|de|du|von|van|der|la|le)$/.test(previous.lower) &&
      // (not a place or employer the speaker is at: "GPs in Wales", "A union … at bankrupt US Airways")
      !core.slice(0, i).some((w) => /^(?:in|at|on|near|outside|across|representing)$/.test(w.lower)));
  const lead = i > 0 && !the && capitalised && !described ? text.slice(s, run.start) : "";
  return ctx.at(lead && !expanded ? lead + run.name : name, "organization");
}
