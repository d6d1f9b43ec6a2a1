/**
 * Framework 1.13 re-runs a data loader only when the loader file is newer than its cached output, so a changed
 * article or a changed extraction library would leave stale tables behind. This compares the library's fingerprint
 * of the inputs (articles + `loaders/` source) with the one stored beside Framework's cached outputs and, when it
 * differs, deletes the cached outputs of `src/data/*.arrow.ts` so the next preview or build re-runs them.
 * Run directly: `tsx scripts/invalidate-data-cache.ts`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { fingerprint } from "../loaders/fingerprint.ts";

/** The input folders the site's loaders extract, relative to the project root (as in `src/data/*.arrow.ts`). */
export const SITE_INPUTS = ["data/articles"];

/**
 * Deletes Framework's cached loader outputs for `src/data/*.arrow.ts` when the articles or the library changed since
 * they were made. Returns true when the cache was stale (or had no fingerprint yet).
 */
export async function invalidateDataCache(root: string = process.cwd()): Promise<boolean> {
  const cacheDir = join(root, "src", ".observablehq", "cache", "data");
  const stampFile = join(cacheDir, ".presstrace-fingerprint");
  const current = await fingerprint(SITE_INPUTS.map((input) => join(root, input)));
  const previous = existsSync(stampFile) ? readFileSync(stampFile, "utf-8").trim() : null;
  if (previous === current) return false;
  const loaders = readdirSync(join(root, "src", "data")).filter((name) => name.endsWith(".arrow.ts"));
  for (const loader of loaders) rmSync(join(cacheDir, loader.replace(/\.ts$/, "")), { force: true });
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(stampFile, current + "\n");
  if (previous !== null)
    console.error(`invalidate-data-cache: inputs changed, dropped ${loaders.length} cached tables`);
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await invalidateDataCache();
