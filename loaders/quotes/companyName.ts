import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Mention } from "./entities.ts";
import { firstNamedAs } from "./firstNamedAs.ts";

const SUFFIXES = lexiconSet("quotes/company-suffixes");

/**
 * "Evergreen Crest said" after "the lawsuit against Evergreen Crest Seniors Living Ltd.": the company whose full
 * registered name (ending `Ltd`, `Inc`, `plc`: lexicon `quotes/company-suffixes`) the article introduced it by and
 * the shorter `name` begins.
 */
export function companyName(mentions: readonly Mention[], name: string): Mention | undefined {
  // Only the name the article introduced it by: "General Motors" first and "General Motors Acceptance Corp" later
  // are two companies.
  const first = firstNamedAs(mentions, name);
  const last = first?.name.split(" ").at(-1)?.replace(/\.$/, "").toLowerCase() ?? "";
  return first?.kind === "organization" && SUFFIXES.has(last) ? first : undefined;
}
