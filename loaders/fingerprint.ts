import { createHash } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (e.name.startsWith(".")) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

/**
 * A hash that changes when any input file is added, removed or edited (path, size, modification time)
 * or when the extraction library's own source changes (content). Used to know when tables are stale.
 */
export async function fingerprint(inputs: readonly string[]): Promise<string> {
  const hash = createHash("sha256");
  const library = path.dirname(fileURLToPath(import.meta.url));
  for (const file of await files(library)) hash.update(path.relative(library, file)).update(await readFile(file));
  for (const input of inputs) {
    hash.update(`\0input:${input}`);
    const list = await files(input);
    for (const file of list.length ? list : [input]) {
      const info = await stat(file).catch(() => null);
      hash.update(`\0${file}:${info ? `${info.size}:${info.mtimeMs}` : "missing"}`);
    }
  }
  return hash.digest("hex").slice(0, 16);
}
