// Search over the built report: `node --test Tests/search/` after `make site`.
// KSITE_PUBLIC points at the built site (default Public/).
"use strict";
const test = require("node:test");
const assert = require("node:assert");
const fs = require("node:fs");
const path = require("node:path");
const { normalize, prepare, search, snippet } = require("../../Templates/assets/search.js");

const publicDir = process.env.KSITE_PUBLIC || path.join(__dirname, "..", "..", "Public");
const indexFile = path.join(publicDir, "search", "index.json");
const index = prepare(JSON.parse(fs.readFileSync(indexFile, "utf8")));

function top(query) {
  const results = search(index, query);
  assert.ok(results.length > 0, `no result for ${query}`);
  return results[0].entry.url;
}

test("the index stays small", () => {
  assert.ok(fs.statSync(indexFile).size < 200 * 1024);
});

test("compound and kana queries find the right section first", () => {
  assert.strictEqual(top("半導体"), "kihon-hoshin/kenkyu-kaihatsu.html");
  assert.strictEqual(top("半導体人材"), "kihon-hoshin/jinzai.html");
  assert.strictEqual(top("奨学金"), "kihon-hoshin/jinzai.html");
  assert.strictEqual(top("くまモン"), "kihon-hoshin/chiiki-shigen.html");
  assert.strictEqual(top("ジョブカフェ"), "kihon-hoshin/koyo-kankyo.html");
  assert.strictEqual(top("なりわい補助金"), "kihon-hoshin/keiei-kiban.html");
  const sme = search(index, "中小企業").slice(0, 3);
  for (const result of sme) assert.ok(result.entry.title.includes("中小企業"), result.entry.title);
});

test("queries are normalised like the index (full-width, case)", () => {
  assert.strictEqual(normalize("ＤＸ"), "dx");
  assert.strictEqual(top("ＤＸ"), top("dx"));
  assert.strictEqual(top("ＩｏＴ"), "kihon-hoshin/kenkyu-kaihatsu.html");
});

test("every term must occur; unknown words find nothing", () => {
  assert.deepStrictEqual(search(index, "半導体 存在しない言葉"), []);
  assert.deepStrictEqual(search(index, "   "), []);
  const both = search(index, "くまモン 誘客").map((r) => r.entry.url);
  assert.ok(both.includes("kihon-hoshin/chiiki-shigen.html"));
});

test("the index keeps the text as written; snippets show it", () => {
  // NFKC turns （ into ( and ① into 1: the stored text must still have them.
  assert.ok(index.some((page) => page.entry.text.includes("（") && page.entry.text.includes("①")));
  const [result] = search(index, "ジョブカフェ");
  const shown = snippet(result.page, normalize("ジョブカフェ"));
  assert.ok(shown.includes("ジョブカフェ"), shown);
  assert.ok(result.page.entry.text.includes(shown.replace(/^…|…$/g, "")), shown);
});
