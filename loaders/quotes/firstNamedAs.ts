import type { Mention } from "./entities.ts";

/**
 * The first mention whose name is `name` or begins with it ("Meridian" → "Meridian Correctional Health"), "the"
 * aside: the name the article introduced an organisation by, whose short form `name` may be.
 */
export function firstNamedAs(mentions: readonly Mention[], name: string): Mention | undefined {
  const bare = name.replace(/^the /i, "");
  return mentions.find((x) => {
    const other = x.name.replace(/^the /i, "");
    return other === bare || other.startsWith(`${bare} `);
  });
}
