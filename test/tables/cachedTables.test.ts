import { execFile } from "node:child_process";
import { cp, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { tableFromIPC } from "apache-arrow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedTables } from "../../loaders/cachedTables.ts";

const run = promisify(execFile);
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), "presstrace-cache-"));
  await cp("data/articles", path.join(work, "articles"), { recursive: true });
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe("cachedTables", () => {
  it("cachedTables(inputs) extracts once, reuses the folder, and re-extracts when an article changes", async () => {
    const cacheDir = path.join(work, "cache");
    const inputs = [path.join(work, "articles")];
    const first = await cachedTables(inputs, { cacheDir });
    const written = (await stat(path.join(first, "quotes.arrow"))).mtimeMs;
    expect(await cachedTables(inputs, { cacheDir })).toBe(first);
    expect((await stat(path.join(first, "quotes.arrow"))).mtimeMs).toBe(written);

    const [name] = (await readdir(inputs[0])).filter((f) => f.endsWith(".txt"));
    await writeFile(path.join(inputs[0], name), '"We are leaving," the pilot said on Monday.\n', { flag: "a" });
    const second = await cachedTables(inputs, { cacheDir });
    expect(second).not.toBe(first);
    // The stale extraction is removed: one folder per fingerprint, only the current one kept.
    expect(await readdir(cacheDir)).toEqual([path.basename(second)]);
  });
});

describe("streamCachedTable", () => {
  it("streamCachedTable('speakers', ['data/articles']) is what src/data/speakers.arrow.ts writes to stdout", async () => {
    const { stdout } = await run("npx", ["tsx", "src/data/speakers.arrow.ts"], {
      encoding: "buffer",
      maxBuffer: 64 << 20,
    });
    const names = tableFromIPC(stdout)
      .toArray()
      .map((r) => String(r.name));
    expect(names).toContain("Harjit Sajjan");
  }, 60_000);
});
