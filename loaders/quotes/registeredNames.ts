import { lexiconSet } from "../lexicon/lexicon.ts";
import type { NameRun } from "./parseNameRun.ts";

const SUFFIXES = lexiconSet("quotes/company-suffixes");

/**
 * The companies an article names by their full registered name (ending `Pty Ltd`, `Inc.`, `plc`: lexicon
 * `quotes/company-suffixes`), keyed by that name without its suffixes: "Surfcoast Resource Recovery" →
 * "Surfcoast Resource Recovery Pty Ltd", wherever in the article either stands.
 */
export function registeredNames(runs: readonly NameRun[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const run of runs) {
    if (run.kind !== "organization") continue;
    const tokens = run.tokens.slice();
    while (tokens.length > 1 && SUFFIXES.has(tokens[tokens.length - 1].replace(/\.$/, "").toLowerCase())) tokens.pop();
    if (tokens.length < run.tokens.length && !names.has(tokens.join(" "))) names.set(tokens.join(" "), run.name);
  }
  return names;
}
