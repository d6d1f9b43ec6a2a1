import { readFile } from "node:fs/promises";
import path from "node:path";
import { cachedTables } from "../cachedTables.ts";
import type { TableName } from "./schemas.ts";

/**
 * A Framework data loader's whole job: writes table `name` (Arrow IPC) extracted from `inputs` to stdout,
 * sharing one cached extraction between loaders; on failure reports the table and the error on stderr and exits 1.
 */
export async function streamCachedTable(name: TableName, inputs: readonly string[]): Promise<void> {
  try {
    const dir = await cachedTables(inputs);
    process.stdout.write(await readFile(path.join(dir, `${name}.arrow`)));
  } catch (error) {
    console.error(`${name}.arrow:`, error);
    process.exit(1);
  }
}
