import type { Span } from "../types.ts";
import type { ClauseContext } from "./clauseContext.ts";
import { trimSpan } from "./trimSpan.ts";
import { subjectVerb } from "./wordClasses.ts";

/**
 * A date set off by commas between a short subject that opens the sentence and its verb dates the whole
 * clause, the date inside it (`The government, last week, had to publish a commentary …`).
 */
export function parentheticalDate({ text, sentence, date, after }: ClauseContext): Span | null {
  const subject = /^(["“]\s*)?((?:[\p{L}'’.-]+\s+){0,4}[\p{L}'’.-]+),\s+$/u.exec(
    text.slice(sentence.start, date.start),
  );
  const following = /^,\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(text.slice(date.end, date.end + 60));
  const verb = following?.[1]?.toLowerCase();
  // (not a bare copula: in "His film debut, in 1950, was in the film No Way Out" the subject names the
  // happening; but "The dinner, on Tuesday, is expected to be attended …" is a passive)
  const copula =
    /^(?:is|are|was|were|be|been)$/.test(verb ?? "") &&
    !/^(?:\p{Ll}+ed|\p{Ll}+en|expected|set|due|likely|going|about|being|held|made|told|paid|won|lost)$/u.test(
      following?.[2] ?? "",
    );
  if (!subject || !verb || !subjectVerb(verb) || copula) return null;
  // (a noun phrase: no verb of its own)
  if (
    subject[2]
      .toLowerCase()
      .split(/\s+/)
      .some((w) => subjectVerb(w))
  )
    return null;
  const start = sentence.start + (subject[1]?.length ?? 0);
  const end = after.find((b) => b.start > date.end + 1)?.start ?? sentence.end;
  return trimSpan(text, { start, end });
}
