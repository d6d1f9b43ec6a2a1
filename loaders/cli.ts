#!/usr/bin/env -S npx tsx
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { extract } from "./extract.ts";
import { workerPool } from "./parallel/workerPool.ts";
import { readArticles } from "./read/readArticles.ts";
import { writeTables } from "./tables/writeTables.ts";

const USAGE = `usage: npm run extract -- <files|folders...> --out <dir> [--jobs N] [--quiet]

Reads articles (.txt, .md with YAML front matter, .json, .jsonl) and writes the Arrow tables
articles, quotes, speakers, figures, events and claims as <dir>/<table>.arrow.
--jobs N extracts N articles at a time in worker threads (default: the number of cores).`;

function fail(message: string): never {
  process.stderr.write(`presstrace: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: "string", short: "o" },
      jobs: { type: "string", short: "j" },
      quiet: { type: "boolean", short: "q" },
      help: { type: "boolean", short: "h" },
    },
  });
} catch (e) {
  fail((e as Error).message);
}
if (args.values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
if (args.positionals.length === 0) fail("no input files or folders given");
const out = args.values.out;
if (!out) fail("missing --out <dir>");

const jobs = Number(args.values.jobs ?? availableParallelism());
if (!Number.isInteger(jobs) || jobs < 1) fail(`--jobs must be a whole number ≥ 1, not '${args.values.jobs}'`);
const quiet = args.values.quiet ?? false;
const pool = jobs > 1 ? workerPool(jobs) : null;
const started = performance.now();
let failed = 0;
let last = started;
const tables = await extract(
  readArticles(args.positionals, {
    onError: (file, problem) => {
      failed++;
      process.stderr.write(`presstrace: skipped ${file}: ${problem}\n`);
    },
  }),
  {
    extractor: pool?.extract,
    concurrency: jobs * 4,
    onProgress: (done) => {
      const now = performance.now();
      if (!quiet && now - last > 2000) {
        last = now;
        process.stderr.write(`presstrace: ${done} articles extracted (${((now - started) / 1000).toFixed(1)} s)\n`);
      }
    },
  },
);
await pool?.close();
for (const a of tables.articles)
  if (a.status.startsWith("error: extraction failed")) {
    failed++;
    process.stderr.write(`presstrace: could not extract ${a.path}: ${a.status.replace(/^error: /, "")}\n`);
  }
const files = await writeTables(tables, out);
const ok = tables.articles.length - failed;
if (!quiet)
  process.stderr.write(
    `presstrace: ${ok} articles extracted${failed ? `, ${failed} skipped` : ""} in ${((performance.now() - started) / 1000).toFixed(1)} s: ` +
      `${tables.quotes.length} quotes, ${tables.speakers.length} speakers, ${tables.figures.length} figures, ` +
      `${tables.events.length} events, ${tables.claims.length} claims → ${files.length} tables in ${out}\n`,
  );
if (ok === 0) {
  process.stderr.write("presstrace: no article could be read\n");
  process.exit(1);
}
