import type { Entities, Mention } from "./entities.ts";
import { mostNamed } from "./mostNamed.ts";
import { nearest } from "./nearest.ts";

/**
 * The person a description at `s` refers to ("the 25-year-old Dubliner", "the veteran", "The Scot"): of
 * those named in the sentence before (or this one), subject or not ("None more so than Henson, who … . The
 * confident 23-year-old is undaunted …"), the one the article has named most so far ("Souness is said
 * to be impressed by Dunne's form. But the 25-year-old Dubliner …" is Dunne), the earlier on a tie;
 * else the last named subject.
 */
export function describedPerson(text: string, ents: Entities, s: number): Mention | undefined {
  const bounds = [...text.slice(Math.max(0, s - 600), s).matchAll(/[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu)];
  const from = bounds.length >= 2 ? Math.max(0, s - 600) + bounds[bounds.length - 2].index : -1;
  const full = (x: Mention) => ents.fullName(x.name.split(" ")).name;
  // (not one named inside a quotation: '"… while Big Boi already has a business," says the DJ')
  // (nor a place read as a name after a preposition of place: "lost 2-0 at Old Trafford")
  const near = ents.mentions.filter(
    (x) =>
      x.start >= from &&
      x.start < s &&
      x.kind === "person" &&
      !x.quoted &&
      full(x).includes(" ") &&
      !/\b(?:at|in|near|outside|inside)\s+$/.test(text.slice(Math.max(0, x.start - 8), x.start)),
  );
  const salient = mostNamed(ents, near, s);
  return salient ?? nearest(ents.mentions, s, (x) => x.kind === "person" && x.named && x.subject);
}
