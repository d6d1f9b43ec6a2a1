import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { tableFromIPC } from "apache-arrow";
import { describe, expect, it } from "vitest";
import { TABLE_NAMES } from "../../loaders/tables/schemas.ts";
import { folder } from "../helpers.ts";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules/.bin/tsx");
const cli = (...args: string[]) =>
  spawnSync(tsx, [path.join(root, "loaders/cli.ts"), ...args], { cwd: root, encoding: "utf8", timeout: 110_000 });

describe("cli", () => {
  it("cli() with no arguments exits 2 and prints the usage", () => {
    const r = cli();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no input files or folders given[\s\S]*usage: npm run extract/);
  });

  it("cli(dir) without --out exits 2 naming the missing option", () => {
    const r = cli("data/articles");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("missing --out <dir>");
  });

  it("cli(--bogus) exits 2 naming the unknown option", () => {
    const r = cli("data/articles", "--out", "/tmp/x", "--bogus");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--bogus'/);
  });

  it("cli(dirs, --out) writes every table and reports a bad file by name without losing the rest", () => {
    const bad = folder({ "broken.json": "{", "fine.txt": "Fine title\nA short article." });
    const out = folder({});
    const r = cli("data/articles", bad, "--out", out);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/skipped .*broken\.json: invalid JSON/);
    for (const name of TABLE_NAMES) expect(existsSync(path.join(out, `${name}.arrow`))).toBe(true);
    const articles = tableFromIPC(readFileSync(path.join(out, "articles.arrow")));
    const status = Object.fromEntries(articles.toArray().map((a) => [a.id, a.status]));
    expect(Object.keys(status)).toHaveLength(7);
    expect(status["broken"]).toMatch(/^error: invalid JSON/);
    expect(status["fine"]).toBe("ok");
    expect(status["000_4587cf704ee13ad9"]).toBe("ok");
    // (a whole extraction in worker threads: allow for a loaded two-core machine)
  }, 120_000);

  it("cli(missing folder only) exits 1 saying no article could be read", () => {
    const r = cli("/no/such/folder", "--out", folder({}));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("/no/such/folder: no such file or folder");
  });
});
