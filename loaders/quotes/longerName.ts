import type { Entities, Mention } from "./entities.ts";

/**
 * "Cairn said" after "Shares in Cairn Energy …": the mention of the fuller two-word name the article
 * introduced a one-word `name` by (not for acronyms like "BBC").
 */
export function longerName(ents: Entities, name: string): Mention | undefined {
  if (name.includes(" ") || /^\p{Lu}+$/u.test(name)) return undefined;
  // Only the name the article introduced it by: "Yukos" first and "Yukos USA" later are two companies.
  const first = ents.mentions.find((x) => {
    const bare = x.name.replace(/^the /, "");
    return bare === name || bare.startsWith(`${name} `);
  });
  const bare = first?.name.replace(/^the /, "") ?? "";
  return bare.split(" ").length === 2 && bare.startsWith(`${name} `) ? first : undefined;
}
