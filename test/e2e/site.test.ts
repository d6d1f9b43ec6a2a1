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
// Set PRESSTRACE_SITE_NO_BUILD=1 to test an existing dist/ without rebuilding.

const root = join(import.meta.dirname, "..", "..");
const dist = join(root, "dist");
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

beforeAll(async () => {
  if (!process.env.PRESSTRACE_SITE_NO_BUILD) {
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
      const href = await page.locator('form table a[href^="./reader?id="]').first().getAttribute("href");
      expect(href).toMatch(/start=\d+&end=\d+/);
    } else {
      expect(await page.getByText("No quotes were found").count()).toBeGreaterThan(0);
    }
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
      expect(await count(page, "svg circle")).toBe(events.length);
      expectTableRows(await count(page, "form table tbody tr"), events.length);
    } else {
      expect(await page.getByText("No dated events").count()).toBeGreaterThan(0);
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
    expect(await page.locator("#focus").textContent()).toBe(text.slice(10, 40));
    const highlighted = await count(page, ".hl-quote, .hl-figure, .hl-event");
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
