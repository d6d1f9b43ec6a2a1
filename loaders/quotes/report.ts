import type { CueClass } from "./cueAt.ts";
import type { Phrase } from "./phrases.ts";
import type { Attribution } from "./resolveSpeaker.ts";

/** One cue in a sentence with its speaker and the reported clause it governs. */
export interface Report {
  cueStart: number;
  cueEnd: number;
  cue: string;
  cls: CueClass;
  subject: Phrase | null;
  who: Attribution | null;
  clauseStart: number;
  clauseEnd: number;
  /** Where the speaker phrase sits relative to the clause. */
  order: "before" | "after" | "around";
  rule: string;
}
