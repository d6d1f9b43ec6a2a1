import { access, mkdir, readdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { extract } from "./extract.ts";
import { fingerprint } from "./fingerprint.ts";
import { readArticles } from "./read/readArticles.ts";
import { TABLE_NAMES } from "./tables/schemas.ts";
import { writeTables } from "./tables/writeTables.ts";

export interface CacheOptions {
  /** Where extractions are kept, one folder per fingerprint (default `.presstrace-cache`). */
  cacheDir?: string;
  /** Told about unreadable files. */
  onError?: (file: string, problem: string) => void;
}

/**
 * The folder holding every table (`<name>.arrow`) extracted from `inputs`, extracting only when the inputs or
 * the library changed since the last call (see `fingerprint`). Lets several loaders share one extraction.
 */
export async function cachedTables(inputs: readonly string[], options: CacheOptions = {}): Promise<string> {
  const root = options.cacheDir ?? ".presstrace-cache";
  const dir = path.join(root, await fingerprint(inputs));
  const complete = await Promise.all(
    TABLE_NAMES.map((n) =>
      access(path.join(dir, `${n}.arrow`)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (complete.every(Boolean)) return dir;
  const tables = await extract(readArticles(inputs, { onError: options.onError }));
  const tmp = `${dir}.${process.pid}.tmp`;
  await writeTables(tables, tmp);
  await mkdir(root, { recursive: true });
  for (const old of await readdir(root))
    if (!old.endsWith(".tmp") && old !== path.basename(dir))
      await rm(path.join(root, old), { recursive: true, force: true });
  await rename(tmp, dir).catch(async () => {
    // Another process finished the same extraction first: keep theirs.
    await rm(tmp, { recursive: true, force: true });
  });
  return dir;
}
