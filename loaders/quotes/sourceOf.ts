import { isCapital } from "./capitalRuns.ts";
import type { Attribution } from "./resolveSpeaker.ts";
import type { SpeakerContext } from "./speakerContext.ts";

/**
 * "A spokesperson for Delta Airlines", "an official at the ministry", "the chief executive of a
 * leading car maker": an unnamed source.
 */
export function sourceOf(ctx: SpeakerContext): Attribution | undefined {
  const { lex, core, lowers } = ctx;
  const of = lowers.findIndex((w) => /^(?:for|of|at|from|with|in)$/.test(w));
  if (
    of > 1 &&
    !core.slice(1, of).some((w) => isCapital(w)) &&
    ((/^(?:a|an|one)$/.test(lowers[0]) && lowers.slice(1, of).some((w) => lex.anonymousHeads.has(w))) ||
      (lowers[0] === "the" &&
        /^(?:a|an|one)$/.test(lowers[of + 1] ?? "") &&
        lowers.slice(1, of).some((w) => lex.titles.has(w))))
  ) {
    // ("a spokeswoman for MTV said … MTV spokeswoman Jeannie Kedas said": the one person the article gives
    // that title at that organisation)
    const head = lowers.slice(1, of).find((w) => lex.anonymousHeads.has(w));
    const org = core
      .slice(of + 1)
      .filter((w) => isCapital(w) && w.lower !== "the")
      .map((w) => w.lower);
    if (lowers[0] !== "the" && head && org.length) {
      const holders = new Set(
        ctx.ents.mentions
          .filter((x) => x.kind === "person" && x.named)
          .map((x) => ctx.ents.fullName(x.name.split(" ")))
          .filter((p) => {
            const role = (p.role ?? "").toLowerCase().split(/[^\p{L}\p{N}&-]+/u);
            return role.includes(head) && org.every((o) => role.includes(o));
          }),
      );
      if (holders.size === 1) {
        const [p] = holders;
        return ctx.at(p.name, "person", p.role);
      }
    }
    return ctx.unnamed(ctx.description);
  }
  return undefined;
}
