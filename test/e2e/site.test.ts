import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { join } from "node:path";
import { promisify } from "node:util";
import * as aq from "arquero";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { staticServer } from "./staticServer.ts";

// Builds the site once (`npm run build`, offline-capable), serves dist/ on 127.0.0.1 and drives Debian's chromium.
// Set PRESSTRACE_SITE_NO_BUILD=1 to test an existing dist/ without rebuilding, and PRESSTRACE_SITE_DIST=<dir> (which
// implies it) to test another built site, e.g. dist/ with its data files replaced by tables of another corpus.

const root = join(import.meta.dirname, "..", "..");
const dist = process.env.PRESSTRACE_SITE_DIST ?? join(root, "dist");
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const pages = ["index", "quotes", "claims", "events", "reader"];

type Row = Record<string, unknown>;
let server: Server;
let baseUrl: string;
let browser: Browser;
let buildLog = "";

/** Rows of a table as the built site serves it (dist/_file/data/<name>.<hash>.arrow). */
function table(name: string): Row[] {
  const dir = join(dist, "_file", "data");
  const file = readdirSync(dir).find((f) => f.startsWith(`${name}.`) && f.endsWith(".arrow"));
  if (!file) throw new Error(`no ${name} table in ${dir}`);
  return aq.fromArrow(readFileSync(join(dir, file))).objects() as Row[];
}

/** Every path under dir, relative to it. */
function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf-8" });
}

/** Opens a page, waits for the network to settle, and returns it with the console errors it produced. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("requestfailed", (request) => errors.push(`request failed: ${request.url()}`));
  await page.goto(baseUrl + path, { waitUntil: "networkidle" });
  // Framework runs cells after load; wait until no cell is pending (observablehq--loading) and one frame passed.
  await page.waitForFunction(() => !document.querySelector(".observablehq--loading"), null, { timeout: 20_000 });
  await page.waitForTimeout(200);
  return { page, errors };
}

/** Inputs.table renders rows lazily: some, but never more than the data has. */
function expectTableRows(rows: number, total: number): void {
  expect(rows).toBeGreaterThan(0);
  expect(rows).toBeLessThanOrEqual(total);
}

async function count(page: Page, selector: string): Promise<number> {
  return page.locator(selector).count();
}

/** Loads the built component `name` (dist/_import/components/<name>.<hash>.js) into the page as `window[name]`. */
async function loadComponent(page: Page, name: string): Promise<void> {
  const module = readdirSync(join(dist, "_import", "components")).find((f) => f.startsWith(`${name}.`));
  if (!module) throw new Error(`no built component ${name}`);
  await page.addScriptTag({
    type: "module",
    content: `import {${name}} from "/_import/components/${module}"; window.${name} = ${name};`,
  });
  await page.waitForFunction((name) => name in window, name);
}

/** Quote rows joined with their article's publication date, as the quotes page joins them. */
function datedQuotes(): Row[] {
  const published = new Map(table("articles").map((a) => [a.id, a.published]));
  return table("quotes").map((q) => ({ ...q, published: published.get(q.article_id) ?? null }));
}

/** Rows grouped by a column. */
function groupBy(rows: Row[], column: string): Map<unknown, Row[]> {
  const groups = new Map<unknown, Row[]>();
  for (const row of rows) groups.set(row[column], [...(groups.get(row[column]) ?? []), row]);
  return groups;
}

/** The reader address of a row's span, as the pages write it. */
function readerHref(row: Row): string {
  return `./reader?${new URLSearchParams({ id: String(row.article_id), start: String(row.start), end: String(row.end) })}`;
}

/** The events the timeline draws: all of them, or those of the 40 articles with the most events when there are more. */
function timelineEvents(events: Row[]): Row[] {
  const perArticle = [...groupBy(events, "article_id")].sort(
    (a, b) => b[1].length - a[1].length || String(a[0]).localeCompare(String(b[0])),
  );
  return perArticle.length > 40 ? perArticle.slice(0, 40).flatMap(([, rows]) => rows) : events;
}

function articleCount(rows: Row[]): number {
  return new Set(rows.map((r) => r.article_id)).size;
}

beforeAll(async () => {
  if (!process.env.PRESSTRACE_SITE_NO_BUILD && !process.env.PRESSTRACE_SITE_DIST) {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "build"], {
      cwd: root,
      env: { ...process.env, OBSERVABLE_TELEMETRY_DISABLE: "1" },
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    buildLog = stdout + stderr;
  }
  ({ server, url: baseUrl } = await staticServer(dist));
  if (!existsSync(chromiumPath)) throw new Error(`chromium not found at ${chromiumPath} (apt-get install chromium)`);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}, 360_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe("npm run build", () => {
  test("npm run build writes every page", () => {
    for (const name of pages) expect(existsSync(join(dist, `${name}.html`)), `${name}.html`).toBe(true);
    for (const name of ["articles", "quotes", "speakers", "figures", "events", "claims"])
      expect(table(name)).toBeInstanceOf(Array);
  });

  test("npm run build references no CDN or web font", () => {
    const offenders = walk(dist).filter((file) => {
      if (!/\.(html|js|css)$/.test(file)) return false;
      return /cdn\.jsdelivr\.net|fonts\.googleapis\.com|fonts\.gstatic\.com|registry\.npmjs\.org/.test(
        readFileSync(join(dist, file), "utf-8"),
      );
    });
    expect(offenders).toEqual([]);
    expect(buildLog).not.toMatch(/unable to fetch|fetch failed/);
  });
});

describe("pages", () => {
  test("index: the articles timeline has one dot per dated article, and the article table lists them", async () => {
    const articles = table("articles");
    const { page, errors } = await open("/");
    const dated = articles.filter((a) => a.published).length;
    expect(await count(page, "svg circle")).toBe(dated);
    expectTableRows(await count(page, "form table tbody tr"), articles.length);
    expect(await page.locator('form table a[href^="./reader?id="]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("quotes: speaker, role and share-of-voice charts have bars, and the quote table links to the reader", async () => {
    const quotes = table("quotes");
    const { page, errors } = await open("/quotes");
    if (quotes.length) {
      expect(await count(page, "svg[class^=plot]")).toBeGreaterThanOrEqual(4);
      expect(await count(page, "svg rect")).toBeGreaterThan(0);
      expectTableRows(await count(page, "form table tbody tr"), quotes.length);
      const quoteTable = page.locator('h2:has-text("Every quote") ~ div form table');
      const href = await quoteTable.locator('a[href^="./reader?id="]').first().getAttribute("href");
      expect(href).toMatch(/start=\d+&end=\d+/);
    } else {
      expect(await page.getByText("No quotes were found").count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("quotes: share of voice by speaker and by role are labelled as shares of all quotes", async () => {
    const quotes = table("quotes");
    const { page, errors } = await open("/quotes");
    if (quotes.length) {
      for (const heading of ["Share of voice by speaker", "Share of voice by role"]) {
        const chart = page.locator(`h2:has-text("${heading}") ~ div figure > svg`).first();
        expect(await chart.locator("text", { hasText: "Share of all quotes (%)" }).count(), heading).toBe(1);
      }
      const top = Math.max(...[...groupBy(quotes, "speaker_id").values()].map((rows) => rows.length));
      // The longest bar's label gives its share and number of quotes.
      const label = await page
        .getByText(new RegExp(`^[\\d.]+% · ${top} quotes?$`))
        .first()
        .textContent();
      expect(Number.parseFloat(label!)).toBeCloseTo((100 * top) / quotes.length, 0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("quotes: the speaker profile shows the most quoted speaker, one dot per dated quote, and follows the picker", async () => {
    const speakers = table("speakers");
    const quotes = datedQuotes();
    const { page, errors } = await open("/quotes");
    if (!speakers.length) {
      expect(await page.getByText("No speaker matches").count()).toBe(1);
      return void (await page.close());
    }
    const dated = (speaker: Row) => quotes.filter((q) => q.speaker_id === speaker.speaker_id && q.published).length;
    const most = Math.max(...speakers.map((s) => Number(s.n_quotes)));
    const profile = page.locator(".speaker-profile");
    const name = await profile.locator("div").first().textContent();
    const first = speakers.find((s) => s.name === name)!;
    expect(first.n_quotes).toBe(most);
    const chart = page.locator(".speaker-quotes-chart");
    expect(await chart.locator("svg circle").count()).toBe(dated(first));
    // Plot links marks with xlink:href.
    const hrefs = await chart
      .locator("svg a")
      .evaluateAll((as) =>
        as.map((a) => a.getAttributeNS("http://www.w3.org/1999/xlink", "href") ?? a.getAttribute("href")),
      );
    expect(hrefs).toHaveLength(dated(first));
    for (const href of hrefs) expect(href).toMatch(/^\.\/reader\?id=[^&]+&start=\d+&end=\d+$/);
    expect(await page.locator(".speaker-articles a").count()).toBe(first.n_articles);

    // Another speaker with a name of its own and a different number of dated quotes.
    const unique = (s: Row) =>
      speakers.filter((o) => String(o.name).toLowerCase() === String(s.name).toLowerCase()).length === 1;
    const other = speakers.find((s) => unique(s) && dated(s) > 0 && dated(s) !== dated(first));
    if (other) {
      const n = Number(other.n_quotes);
      await page
        .getByLabel("Speaker", { exact: true })
        .selectOption({ label: `${other.name} — ${n} quote${n === 1 ? "" : "s"}` });
      await expect.poll(() => profile.locator("div").first().textContent()).toBe(other.name);
      await expect.poll(() => chart.locator("svg circle").count()).toBe(dated(other));
      expect(await page.locator(".speaker-articles a").count()).toBe(other.n_articles);
      // Searching by name narrows the picker, which then shows the best match first.
      await page.getByPlaceholder("Search speakers…").fill(String(first.name));
      await expect.poll(() => profile.locator("div").first().textContent()).toBe(first.name);
      await expect.poll(() => chart.locator("svg circle").count()).toBe(dated(first));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("quotes: the reuse section lists quotes run by several articles, or says there are none", async () => {
    const reused = [...groupBy(table("quotes"), "quote_group").values()].filter((rows) => articleCount(rows) > 1);
    const { page, errors } = await open("/quotes");
    if (reused.length) {
      expect(await count(page, "table.quote-reuse tbody tr")).toBe(Math.min(100, reused.length));
    } else {
      expect(await count(page, ".quote-reuse-none")).toBe(1);
      expect(await page.locator(".quote-reuse-none").textContent()).toBe("No quote appears in more than one article.");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("quoteReuse(quotes shared across articles) lists each shared quote once with a reader link per copy", async () => {
    const hostile = '<img src=x onerror="window.pwned=1">We will leave';
    const quote = (article_id: string, quote_group: string, start: number, published: string | null) => ({
      quote_group,
      article_id,
      text: quote_group === "g1" ? hostile : `quote ${quote_group}`,
      speaker_label: "Ana Ruiz",
      outlet_label: `Outlet ${article_id}`,
      title: `Title ${article_id}`,
      published,
      start,
      end: start + 10,
    });
    const rows = [
      quote("b", "g1", 40, "2024-05-02"),
      quote("a", "g1", 5, "2024-05-01"),
      quote("a", "g2", 80, "2024-05-01"), // one article only
      quote("c", "g3", 10, null),
      quote("c", "g3", 90, null), // repeated within one article: not reuse
    ];
    const { page, errors } = await open("/quotes");
    await loadComponent(page, "quoteReuse");
    const result = await page.evaluate(
      ({ rows }) => {
        type Render = (quotes: unknown[], options: { width: number }) => HTMLElement;
        const { quoteReuse } = window as unknown as { quoteReuse: Render };
        const node = quoteReuse(rows, { width: 640 });
        const none = quoteReuse(rows.slice(2), { width: 640 });
        document.body.append(node);
        return {
          rows: node.querySelectorAll("tbody tr").length,
          quote: node.querySelector("tbody td")?.textContent,
          images: node.querySelectorAll("img").length,
          links: [...node.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.textContent]),
          none: none.textContent,
        };
      },
      { rows },
    );
    expect(result.rows).toBe(1);
    expect(result.quote).toBe(`“${hostile}”`);
    expect(result.images).toBe(0);
    expect(result.links).toEqual([
      ["./reader?id=a&start=5&end=15", "Outlet a · 2024-05-01 · Title a"],
      ["./reader?id=b&start=40&end=50", "Outlet b · 2024-05-02 · Title b"],
    ]);
    expect(result.none).toBe("No quote appears in more than one article.");
    expect(errors).toEqual([]);
    await page.close();
  });

  test("claims: one chart per claim, and a conflict mark when claims.arrow has a conflict", async () => {
    const claims = table("claims");
    const { page, errors } = await open("/claims");
    if (claims.length) {
      expect(await count(page, "svg[class^=plot]")).toBe(Math.min(30, claims.length));
      expect(await count(page, "svg circle")).toBeGreaterThan(0);
      expect(await count(page, ".claim-sources a[href^='./reader?id=']")).toBeGreaterThan(0);
      if (claims.length <= 30) {
        // Every figure of every claim: one dot on its chart and one source sentence card linking to the reader.
        const figures = new Map(table("figures").map((f) => [f.figure_id, f]));
        const claimed = claims.flatMap((c) => Array.from(c.figure_ids as Iterable<string>, (id) => figures.get(id)!));
        expect(await count(page, "svg circle")).toBe(claimed.length);
        const hrefs = await page.locator(".claim-sources a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
        expect(hrefs.toSorted()).toEqual(claimed.map(readerHref).toSorted());
      }
    } else {
      expect(await page.getByText("No claims were found").count()).toBeGreaterThan(0);
    }
    const conflicts = claims.filter((c) => c.conflict).length;
    if (conflicts) expect(await count(page, "svg g.conflict")).toBe(Math.min(30, conflicts));
    expect(errors).toEqual([]);
    await page.close();
  });

  test("events: the timeline has one dot per event, and the table lists them", async () => {
    const events = table("events");
    const { page, errors } = await open("/events");
    if (events.length) {
      expect(await count(page, "svg circle")).toBe(timelineEvents(events).length);
      expect(await count(page, "table.event-groups tbody tr")).toBe(Math.min(300, groupBy(events, "event_group").size));
    } else {
      expect(await page.getByText("No dated events").count()).toBeGreaterThan(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("events: a happening reported by several articles is one row listing every source, joined on the timeline", async () => {
    const events = table("events");
    const groups = groupBy(events, "event_group");
    const shared = [...groups.values()].filter((rows) => articleCount(rows) > 1);
    const { page, errors } = await open("/events");
    // One link per pair of consecutive articles of a group on the timeline (of the articles it draws).
    const drawn = [...groupBy(timelineEvents(events), "event_group").values()];
    const joins = drawn.reduce((sum, rows) => sum + articleCount(rows) - 1, 0);
    expect(await count(page, "g.event-group-link path")).toBe(joins);
    // Each row's links open the reader at the clauses of exactly one group's events, one link per event.
    const bySpan = new Map(events.map((e) => [readerHref(e), e]));
    const rows = page.locator("table.event-groups tbody tr");
    const n = await rows.count();
    let multi = 0;
    for (let i = 0; i < Math.min(n, 100); ++i) {
      const links = await rows
        .nth(i)
        .locator('a[href^="./reader?id="]')
        .evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      const group = bySpan.get(links[0])?.event_group;
      expect(group, `row ${i}: ${links[0]}`).toBeDefined();
      expect(links.toSorted()).toEqual(groups.get(group)!.map(readerHref).toSorted());
      const isMulti = articleCount(groups.get(group)!) > 1;
      expect(await rows.nth(i).getAttribute("class")).toBe(isMulti ? "event-group-multi" : "event-group-single");
      if (isMulti) multi += 1;
    }
    if (n <= 100) expect(multi).toBe(shared.length);
    await page.getByLabel("reported by more than one article").check();
    await expect.poll(() => count(page, "table.event-groups tbody tr")).toBe(Math.min(300, shared.length));
    if (!shared.length) expect(await count(page, "text=No happening in this selection")).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("events: unticking an outlet leaves its articles' events out of the timeline and the merged table", async () => {
    const outletOf = new Map(table("articles").map((a) => [a.id, a.outlet ?? "unknown outlet"]));
    const events = table("events");
    const outlets = [...new Set(events.map((e) => outletOf.get(e.article_id)))].sort();
    const { page, errors } = await open("/events");
    if (outlets.length > 1) {
      const dropped = outlets[0] as string;
      const kept = events.filter((e) => outletOf.get(e.article_id) !== dropped);
      await page.getByLabel(dropped, { exact: true }).uncheck();
      await expect.poll(() => count(page, "svg circle")).toBe(timelineEvents(kept).length);
      const rows = Math.min(300, groupBy(kept, "event_group").size);
      expect(await count(page, "table.event-groups tbody tr")).toBe(rows);
      const links = await page
        .locator("table.event-groups a")
        .evaluateAll((as) => as.map((a) => new URLSearchParams(a.getAttribute("href")!.split("?")[1]).get("id")));
      expect(links.length).toBeGreaterThan(0);
      for (const id of links) expect(outletOf.get(id)).not.toBe(dropped);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  test("reader?id=&start=&end=: shows the article's text, highlights its spans and outlines the requested span", async () => {
    const articles = table("articles");
    const spans = ["quotes", "figures", "events"].flatMap((name) => table(name));
    const perArticle = (id: unknown) => spans.filter((s) => s.article_id === id).length;
    const article = [...articles].sort((a, b) => perArticle(b.id) - perArticle(a.id))[0];
    const text = String(article.text);
    const { page, errors } = await open(`/reader?id=${encodeURIComponent(String(article.id))}&start=10&end=40`);
    expect(await page.locator(".article-text").textContent()).toBe(text);
    // The requested span is outlined piece by piece (spans inside it split it); the first piece is #focus.
    expect((await page.locator(".article-text .focus").allTextContents()).join("")).toBe(text.slice(10, 40));
    expect(await page.locator(".article-text .focus").first().getAttribute("id")).toBe("focus");
    const highlighted = await count(page, ".article-text :is(.hl-quote, .hl-figure, .hl-event)");
    if (perArticle(article.id)) expect(highlighted).toBeGreaterThan(0);
    else expect(highlighted).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  test("articleText(untrusted text, overlapping spans) makes text nodes only and splits at every boundary", async () => {
    const module = readdirSync(join(dist, "_import", "components")).find((f) => f.startsWith("articleText."));
    const text = 'A <img src=x onerror="window.pwned=1"> said "<b>20,000</b> people" on Monday.';
    const at = (part: string) => text.indexOf(part);
    // quote [0, "people"+6), figure "20,000", event ["said", end); focus on the figure.
    const quote = { start: 0, end: at("people") + 6, kind: "quote", label: "q" };
    const figure = { start: at("20,000"), end: at("20,000") + 6, kind: "figure", label: "f" };
    const event = { start: at("said"), end: text.length, kind: "event", label: "e" };
    const { page, errors } = await open("/reader");
    // The built component, loaded as the pages load it.
    await page.addScriptTag({
      type: "module",
      content: `import {articleText} from "/_import/components/${module}"; window.articleText = articleText;`,
    });
    await page.waitForFunction(() => "articleText" in window);
    const result = await page.evaluate(
      async ({ text, spans }) => {
        type Span = { start: number; end: number; kind: string; label: string };
        const { articleText } = window as unknown as {
          articleText: (data: { text: string; spans: Span[] }, options: { focus: Span }) => HTMLElement;
        };
        const node = articleText({ text, spans }, { focus: spans[1] });
        document.body.append(node);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return {
          text: node.textContent,
          elements: node.querySelectorAll("img, b").length,
          pwned: (window as unknown as { pwned?: number }).pwned ?? null,
          pieces: [...node.childNodes].map((e) => [e.textContent, e instanceof Element ? e.className : null]),
        };
      },
      { text, spans: [quote, figure, event] },
    );
    expect(result.text).toBe(text);
    expect(result.elements).toBe(0);
    expect(result.pwned).toBe(null);
    expect(result.pieces).toEqual([
      [text.slice(0, event.start), "hl hl-quote"],
      [text.slice(event.start, figure.start), "hl hl-quote hl-event"],
      ["20,000", "hl hl-quote hl-figure hl-event focus"],
      [text.slice(figure.end, quote.end), "hl hl-quote hl-event"],
      [text.slice(quote.end), "hl hl-event"],
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
