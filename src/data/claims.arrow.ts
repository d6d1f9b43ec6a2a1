// The claims table of the articles in data/articles (Arrow IPC), extracted once and shared by every loader.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { cachedTables } from "../../loaders/index.ts";

try {
  const dir = await cachedTables(["data/articles"]);
  process.stdout.write(await readFile(join(dir, "claims.arrow")));
} catch (error) {
  console.error("claims.arrow:", error);
  process.exit(1);
}
