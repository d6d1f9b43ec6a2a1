// Extraction benchmark: throughput, slowest articles and peak memory on a corpus.
//   npm run bench -- ../shared/corpus/bbc [--repeat 3]
import { parseArgs } from "node:util";
import { extractArticle } from "../loaders/extractArticle.ts";
import { extract } from "../loaders/extract.ts";
import { readArticles } from "../loaders/read/readArticles.ts";
import type { Article } from "../loaders/types.ts";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { repeat: { type: "string" } } });
if (!positionals.length) {
  console.error("usage: npm run bench -- <files|folders...> [--repeat N]");
  process.exit(2);
}
const repeat = Number(values.repeat ?? 1);

for (let run = 1; run <= repeat; run++) {
  let bytes = 0;
  const slow: [number, string][] = [];
  const started = performance.now();
  const tables = await extract(readArticles(positionals), {
    extractor: (a: Article) => {
      const t = performance.now();
      const x = extractArticle(a);
      slow.push([performance.now() - t, a.id]);
      bytes += Buffer.byteLength(a.text);
      return x;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  slow.sort((a, b) => b[0] - a[0]);
  const perArticle = slow.map(([ms]) => ms).sort((a, b) => a - b);
  const pct = (p: number) => perArticle[Math.min(perArticle.length - 1, Math.floor(p * perArticle.length))]?.toFixed(2);
  console.log(
    `run ${run}: ${tables.articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s ` +
      `(${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${(tables.articles.length / seconds).toFixed(0)} articles/s)`,
  );
  console.log(
    `  rows: ${tables.quotes.length} quotes, ${tables.speakers.length} speakers, ${tables.figures.length} figures, ` +
      `${tables.events.length} events, ${tables.claims.length} claims`,
  );
  console.log(`  per article ms: median ${pct(0.5)}, p99 ${pct(0.99)}, max ${pct(1)} (${slow[0]?.[1]})`);
  console.log(`  peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
