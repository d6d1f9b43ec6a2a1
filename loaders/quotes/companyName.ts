import { lexiconSet } from "../lexicon/lexicon.ts";
import type { Mention } from "./entities.ts";
import { firstNamedAs } from "./firstNamedAs.ts";

const SUFFIXES = lexiconSet("quotes/company-suffixes");
const HEADS = new Set([...lexiconSet("quotes/org-heads"), ...lexiconSet("quotes/industry-name-ends")]);

/**
 * "Evergreen Crest said" after "the lawsuit against Evergreen Crest Seniors Living Ltd.": the company whose full
 * registered name (ending `Ltd`, `Inc`, `plc`: lexicon `quotes/company-suffixes`) the article introduced it by and
 * the shorter `name` begins; or, given `firstNames` (for a name read as a person's), for a `name` of two words or
 * more with no first name in it, whose full name ends in an organisation's head word ("Prairie Northern said" after
 * "Prairie Northern Railway"; lexicons `quotes/org-heads`, `quotes/industry-name-ends`).
 */
export function companyName(
  mentions: readonly Mention[],
  name: string,
  firstNames?: ReadonlyMap<string, string>,
): Mention | undefined {
  // Only the name the article introduced it by: "General Motors" first and "General Motors Acceptance Corp" later
  // are two companies.
  const first = firstNamedAs(mentions, name);
  const last = first?.name.split(" ").at(-1)?.replace(/\.$/, "").toLowerCase() ?? "";
  const words = name.replace(/^the /i, "").split(" ");
  const headed =
    firstNames !== undefined &&
    words.length >= 2 &&
    HEADS.has(last) &&
    !words.some((w) => firstNames.has(w.toLowerCase()));
  return first?.kind === "organization" && (SUFFIXES.has(last) || headed) ? first : undefined;
}
