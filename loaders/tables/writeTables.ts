import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Tables } from "../types.ts";
import { TABLE_NAMES } from "./schemas.ts";
import { toArrow } from "./toArrow.ts";

/** Writes every table to `<dir>/<name>.arrow` (Arrow IPC file format); each file appears whole or not at all. */
export async function writeTables(tables: Tables, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  for (const name of TABLE_NAMES) {
    const file = path.join(dir, `${name}.arrow`);
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, toArrow(name, tables[name]));
    await rename(tmp, file);
    files.push(file);
  }
  return files;
}
