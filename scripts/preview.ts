/**
 * `observable preview` plus a watcher for live reload of the tables: Framework's preview watches a data loader's own
 * file, not what the loader reads. When an article in data/articles or a file of the loaders/ library changes, this
 * drops the stale cached tables, extracts once (running one loader in a fresh process, so the new library code is
 * used), then touches `src/data/*.arrow.ts`, so the preview re-runs them (each finds the shared extraction) and open
 * pages update. Arguments are passed on to `observable preview`. Framework's telemetry is off unless the environment
 * sets OBSERVABLE_TELEMETRY_DISABLE.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, utimesSync, watch, type FSWatcher } from "node:fs";
import { join } from "node:path";
import { invalidateDataCache } from "./invalidate-data-cache.ts";

const root = process.cwd();
const loaderDir = join(root, "src", "data");

/** Runs one loader to fill the shared extraction cache; its output is discarded, its errors shown. */
function warm(): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn("tsx", [join(loaderDir, "articles.arrow.ts")], { stdio: ["ignore", "ignore", "inherit"] });
    child.on("exit", () => resolve());
    child.on("error", (error) => (console.error("preview: could not run a loader:", error), resolve()));
  });
}

function touchLoaders(): void {
  const now = new Date();
  for (const name of readdirSync(loaderDir)) {
    if (name.endsWith(".arrow.ts")) utimesSync(join(loaderDir, name), now, now);
  }
}

async function refresh(): Promise<void> {
  if (!(await invalidateDataCache(root))) return;
  console.error("preview: articles or loaders changed; extracting and reloading tables");
  await warm();
  touchLoaders();
}

// Changes are debounced, and refreshes never overlap: a change during a refresh schedules one more.
let timer: NodeJS.Timeout | undefined;
let queue: Promise<void> = Promise.resolve();
function changed(): void {
  clearTimeout(timer);
  timer = setTimeout(() => (queue = queue.then(refresh)), 300);
}

await invalidateDataCache(root);
await warm();
const watchers: FSWatcher[] = ["data/articles", "loaders"]
  .map((dir) => join(root, dir))
  .filter((dir) => existsSync(dir))
  .map((dir) => watch(dir, { recursive: true }, changed));

const preview = spawn("observable", ["preview", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { OBSERVABLE_TELEMETRY_DISABLE: "1", ...process.env },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => preview.kill(signal));
preview.on("exit", (code) => {
  for (const watcher of watchers) watcher.close();
  clearTimeout(timer);
  process.exit(code ?? 0);
});
