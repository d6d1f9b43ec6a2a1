import type { Entities, Mention } from "./entities.ts";
import { isPlace } from "./isPlace.ts";
import type { QuoteLexicon } from "./quoteLexicon.ts";

/**
 * "Cairn said" after "Shares in Cairn Energy …", "BDO said" after "researchers at BDO Stoy Hayward": the
 * mention of the fuller name of two or three words the article introduced a one-word `name` by (not a
 * place's: "the US" is no "US Anti-Doping Agency").
 */
export function longerName(ents: Entities, name: string, lex: QuoteLexicon): Mention | undefined {
  if (name.includes(" ") || isPlace(name.toLowerCase(), lex)) return undefined;
  // Only the name the article introduced it by: "Yukos" first and "Yukos USA" later are two companies.
  const first = ents.mentions.find((x) => {
    const bare = x.name.replace(/^the /, "");
    return bare === name || bare.startsWith(`${name} `);
  });
  const bare = first?.name.replace(/^the /, "") ?? "";
  const words = bare.split(" ");
  // ("EU China arms ban": no place among the words after it)
  const placed = words.slice(1).some((w) => isPlace(w.toLowerCase(), lex));
  return words.length >= 2 && words.length <= 3 && !placed && bare.startsWith(`${name} `) ? first : undefined;
}
