/**
 * Seeds Observable Framework's npm cache (`src/.observablehq/cache/_npm/<name>@<version>/`) with browser bundles built
 * from node_modules, so `observable preview` and `observable build` fetch nothing from the CDN or the npm registry.
 * Framework uses a cached module when its file exists, and resolves an unpinned `npm:` import to the newest version
 * found among the cache's folder names. Also drops stale data-loader outputs (see invalidate-data-cache.ts).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { invalidateDataCache } from "./invalidate-data-cache.ts";

const root = process.cwd();
const cacheDir = join(root, "src", ".observablehq", "cache", "_npm");

/** Packages the pages import (explicitly or through Framework's implicit imports), bundled from node_modules. */
const bundled = ["d3", "@observablehq/plot", "htl", "isoformat", "arquero", "apache-arrow", "d3-dsv"];

/** Framework serves these `npm:` names from its own files: they need no cache entry. */
const builtin = /^@observablehq\/(?!plot$|sample-datasets$)/;

function installedVersion(name: string): string | null {
  const file = join(root, "node_modules", name, "package.json");
  if (!existsSync(file)) return null;
  return (JSON.parse(readFileSync(file, "utf-8")) as { version: string }).version;
}

async function seed(name: string): Promise<void> {
  const version = installedVersion(name);
  if (!version) throw new Error(`${name} is not installed`);
  const output = join(cacheDir, `${name}@${version}`, "_esm.js");
  if (existsSync(output)) return;
  const hasDefault = "default" in (await import(name));
  const entry = JSON.stringify(name);
  const contents = `export * from ${entry};${hasDefault ? `export {default} from ${entry};` : ""}`;
  mkdirSync(join(cacheDir, `${name}@${version}`), { recursive: true });
  await build({
    stdin: { contents, resolveDir: root, loader: "js" },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    outfile: output,
    logLevel: "warning",
  });
  console.error(`seed-npm-cache: ${name}@${version} → ${output}`);
}

/** Every `npm:` package named by Framework's client and standard library, e.g. `npm:lodash` for the `_` global. */
function clientPackages(): Set<string> {
  const names = new Set<string>();
  const dir = join(root, "node_modules", "@observablehq", "framework", "dist", "client");
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf-8" })) {
    if (!file.endsWith(".js")) continue;
    for (const [, name] of readFileSync(join(dir, file), "utf-8").matchAll(/["'`]npm:((?:@[\w.-]+\/)?[\w.-]+)/g)) {
      if (!builtin.test(name)) names.add(name);
    }
  }
  return names;
}

/**
 * Framework resolves the version of every `npm:` import its client names when it bundles the client, even for
 * libraries no page uses (lodash, leaflet, react-dom …), asking the npm registry unless a folder
 * `_npm/<name>@<version>` exists. An empty folder is enough: the module itself is fetched only if a page uses it.
 * Uses the installed version when there is one, else a placeholder `0.0.0` (such a library is not available offline).
 */
function reserve(name: string): void {
  const scope = name.startsWith("@") ? name.slice(0, name.indexOf("/")) : null;
  const base = scope ? name.slice(scope.length + 1) : name;
  const parent = scope ? join(cacheDir, scope) : cacheDir;
  if (existsSync(parent) && readdirSync(parent).some((entry) => entry.startsWith(`${base}@`))) return;
  mkdirSync(join(parent, `${base}@${installedVersion(name) ?? "0.0.0"}`), { recursive: true });
}

try {
  for (const name of bundled) await seed(name);
  for (const name of clientPackages()) reserve(name);
  await invalidateDataCache(root);
} catch (error) {
  console.error("seed-npm-cache failed:", error);
  process.exit(1);
}
