import path from "node:path";
import { describe, expect, it } from "vitest";
import { folder, readAll } from "../helpers.ts";

describe("readArticles", () => {
  it("readArticles(folder) reads .txt with the first non-empty line as title and ids relative to the folder", async () => {
    const dir = folder({
      "politics/001.txt": "\n\nBlair wins vote\n\nThe prime minister said so.",
      "b.txt": "Title B\nBody.",
    });
    const { articles, errors } = await readAll([dir]);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.title, a.status])).toEqual([
      ["b", "Title B", "ok"],
      ["politics/001", "Blair wins vote", "ok"],
    ]);
    expect(articles[1].text).toBe("\n\nBlair wins vote\n\nThe prime minister said so.");
  });

  it("readArticles(files) decodes HTML entities in each article's title and text, after a JSON file is parsed", async () => {
    const record = JSON.stringify({
      id: "r1",
      title: "Barroso&#8217;s plan",
      text: "He said &quot;no&quot; to Jos&#233;.",
    });
    const dir = folder({ "a.txt": "Caf&#233; wins\n\nIt cost &#163;5m &amp; more.", "b.json": record });
    const { articles, errors } = await readAll([dir]);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.title, a.text, a.status])).toEqual([
      ["Café wins", "Café wins\n\nIt cost £5m & more.", "ok"],
      ["Barroso’s plan", 'He said "no" to José.', "ok"],
    ]);
  });

  it("readArticles(.md) takes title, outlet, published and url from YAML front matter", async () => {
    const md =
      "---\ntitle: Front title\noutlet: Daily Bugle\npublished: 2021-08-12\nurl: https://example.org/a\n---\nBody text here.\n";
    const { articles } = await readAll([folder({ "x.md": md })]);
    expect(articles[0]).toMatchObject({
      id: "x",
      title: "Front title",
      outlet: "Daily Bugle",
      published: "2021-08-12",
      url: "https://example.org/a",
      text: "Body text here.\n",
      status: "ok",
    });
  });

  it("readArticles(.md) reads hand-written front matter that is not valid YAML as key: value lines", async () => {
    const md = "---\ntitle: 'Blog' picked as word of the year\noutlet: BBC News\npublished: 2005-02-02\n---\nBody.\n";
    const { articles } = await readAll([folder({ "blog.md": md })]);
    expect(articles[0]).toMatchObject({
      title: "'Blog' picked as word of the year",
      outlet: "BBC News",
      published: "2005-02-02",
      status: "ok",
    });
  });

  it("readArticles(.json, .jsonl) reads records, using their ids when given", async () => {
    const dir = folder({
      "one.json": JSON.stringify({
        title: "T",
        text: "Body.",
        published: "2022-01-17T10:00:00Z",
        outlet: "Global News",
      }),
      "many.jsonl": [
        JSON.stringify({ id: "wire-1", title: "A", text: "First." }),
        "",
        JSON.stringify({ title: "B", text: "Second." }),
      ].join("\n"),
    });
    const { articles } = await readAll([dir]);
    expect(articles.map((a) => [a.id, a.title, a.published, a.outlet])).toEqual([
      ["wire-1", "A", null, null],
      ["many/3", "B", null, null],
      ["one", "T", "2022-01-17", "Global News"],
    ]);
  });

  it("readArticles reports empty, binary, non-UTF-8 and unparsable files by name and keeps the others", async () => {
    const dir = folder({
      "good.txt": "Good title\nSome text.",
      "empty.txt": "",
      "binary.txt": new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]),
      "latin1.txt": new Uint8Array([0x50, 0x72, 0x69, 0x63, 0x65, 0x20, 0xa3, 0x35]),
      "broken.json": "{ not json",
      "notext.jsonl": JSON.stringify({ title: "no text" }),
      "bad.md": "---\ntitle: [unclosed\n---\nbody",
    });
    const { articles, errors } = await readAll([dir]);
    const status = Object.fromEntries(articles.map((a) => [a.id, a.status]));
    expect(status).toEqual({
      bad: expect.stringMatching(/^error: cannot parse: invalid YAML front matter/),
      binary: "error: binary file (contains NUL bytes), not text",
      broken: expect.stringMatching(/^error: invalid JSON: /),
      empty: "error: empty file",
      good: "ok",
      latin1: "error: not valid UTF-8 text (re-encode the file as UTF-8)",
      "notext/1": "error: line 1: record has no string field 'text'",
    });
    expect(errors.map(([f]) => path.basename(f)).sort()).toEqual([
      "bad.md",
      "binary.txt",
      "broken.json",
      "empty.txt",
      "latin1.txt",
      "notext.jsonl:1",
    ]);
  });

  it("readArticles reports a missing folder and a duplicate id without losing the other articles", async () => {
    const a = folder({ "x.txt": "X\nfirst" });
    const b = folder({ "x.md": "X again" });
    const { articles, errors } = await readAll([a, "/no/such/folder", b]);
    expect(articles.map((x) => [x.id, x.status])).toEqual([
      ["x", "ok"],
      ["/no/such/folder", "error: no such file or folder"],
      ["x", expect.stringMatching(/^error: duplicate id 'x' \(first read from .*x\.txt\)$/)],
    ]);
    expect(errors).toHaveLength(2);
  });
});
