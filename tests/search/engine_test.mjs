// Unit tests of the search engine (docs/assets/javascripts/search/engine.js)
// over a small index that the Python indexer wrote (tests/unit/test_search_engine.py
// builds it and runs this file with `node --test`).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const engine = await import(path.join(here, "..", "..", "docs", "assets", "javascripts", "search", "engine.js"));
const folder = process.env.KB_SEARCH_INDEX;

async function open(lang = "da") {
  const fetched = [];
  const fetchJson = async (name) => {
    fetched.push(name);
    return JSON.parse(readFileSync(path.join(folder, lang, name), "utf8"));
  };
  const index = await engine.openIndex(folder, lang, fetchJson);
  return { index, fetched };
}

async function urls(query, lang = "da") {
  const { index } = await open(lang);
  return (await index.search(query)).results.map((r) => r.url);
}

test("one edit: insertion, deletion, substitution, transposition", () => {
  assert.ok(engine.withinOneEdit("spejling", "spjeling"));
  assert.ok(engine.withinOneEdit("stalking", "stalkning"));
  assert.ok(engine.withinOneEdit("sikkerhedsplan", "sikkerhedsplam"));
  assert.ok(engine.withinOneEdit("opsporing", "opsporin"));
  assert.ok(!engine.withinOneEdit("opsporing", "opsproign"));
  assert.ok(!engine.withinOneEdit("vold", "valg"));
});

test("folding: æ, ø and å written three ways meet in the loose form", () => {
  assert.equal(engine.fold("økonomisk æresvold på"), "oekonomisk aeresvold paa");
  for (const spelling of ["økonomisk", "oekonomisk", "okonomisk"]) {
    assert.equal(engine.loose(engine.fold(spelling)), "okonomisk");
  }
});

test("queries: quoted words are required, the last word may be unfinished", () => {
  const words = engine.parseQuery('"Dialog mod Vold" behandl');
  assert.deepEqual(words.map((w) => [w.text, w.required, !!w.last]), [
    ["dialog", true, false], ["mod", true, false], ["vold", true, false], ["behandl", false, true],
  ]);
  assert.equal(engine.parseQuery("vold ").at(-1).last, false);
});

test("an inflected form finds the page (stemming)", async () => {
  assert.equal((await urls("sikkerhedsplanerne"))[0], "kerneelementer/sikkerhed/");
});

test("æ/ø/å typed as ae/oe/aa or as plain vowels", async () => {
  for (const q of ["økonomisk vold", "oekonomisk vold", "okonomisk vold"]) {
    assert.equal((await urls(q))[0], "definitioner/oekonomisk-vold/", q);
  }
});

test("a part of a compound finds the compound", async () => {
  assert.ok((await urls("udsatte")).includes("maalgruppe/"));
});

test("one typo is forgiven in a longer word", async () => {
  assert.equal((await urls("sikkerhedsplam"))[0], "kerneelementer/sikkerhed/");
});

test("a page's search terms find it, though its text lacks them", async () => {
  assert.equal((await urls("voldtægt"))[0], "definitioner/seksuel-vold/");
});

test("stop words are never searched on their own beside other words", async () => {
  const { index } = await open();
  const { groups } = await index.rank("hvad er økonomisk vold");
  assert.equal((await index.document(groups[0].doc)).url, "definitioner/oekonomisk-vold/");
});

test("a glossary term is a result of its own, at its anchor", async () => {
  assert.equal((await urls("SARA"))[0], "opslag/ordliste/#sara-v3");
});

test("a page whose title matches comes before the overview that lists it", async () => {
  const found = await urls("økonomisk vold");
  assert.equal(found[0], "definitioner/oekonomisk-vold/");
  assert.ok(found.indexOf("definitioner/") !== 0);
});

test("words that match nothing give no results, not everything", async () => {
  assert.deepEqual(await urls("xyzzyq"), []);
});

test("the English index has its own stemmer and documents", async () => {
  assert.equal((await urls("safety plans", "en"))[0], "en/kerneelementer/sikkerhed/");
});

test("a search fetches the index, the shards it needs and nothing else", async () => {
  const { index, fetched } = await open();
  await index.search("sikkerhedsplan");
  assert.equal(fetched[0], "index.json");
  const shards = fetched.filter((n) => n.startsWith("p"));
  assert.ok(index.meta.postings.length >= 4, "the fixture has several posting shards");
  assert.ok(shards.length >= 1 && shards.length <= 3, `fetched ${shards.length} of ${index.meta.postings.length}`);
});

async function found(query, lang = "da") {
  const { index } = await open(lang);
  const { results, answer, total } = await index.search(query);
  return { urls: results.map((r) => r.url), answer: answer && answer.url, total };
}

test("two typos are forgiven in a long word, a compound too", async () => {
  assert.ok(engine.withinEdits("kastevold", "karestevold", 2));
  assert.ok(!engine.withinEdits("kastevold", "kvindevold", 2));
  assert.ok((await urls("kæstevold")).includes("opslag/ordliste/#kaerestevold"));
});

test("a definition gives way to the page that names it, and is the answer", async () => {
  const { urls: got, answer } = await found("kærestevold");
  assert.equal(got[0], "handlingsplan/");
  assert.equal(answer, "opslag/ordliste/#kaerestevold");
  assert.ok(got.includes("opslag/ordliste/#kaerestevold"));
});

test("two words find their joined compound", async () => {
  assert.equal((await found("kæreste vold")).urls[0], "handlingsplan/");
});

test("another name of a glossary term finds the page that uses it", async () => {
  assert.equal((await urls("serviceloven 109"))[0], "handlingsplan/");
});

test("a number the query names demotes results without it", async () => {
  assert.equal((await urls("sel § 109"))[0], "handlingsplan/");
});

test("a result with every query word is kept, however low it scores", async () => {
  // "elever" is only in the running text of a section; the cut-off drops partial matches only.
  assert.ok((await urls("konkurrence elever")).includes("handlingsplan/"));
});

test("a question word names the page's purpose", async () => {
  assert.equal((await urls("hvem er indsatsen for"))[0], "maalgruppe/");
});

test("US spellings find the UK English pages", async () => {
  assert.equal((await urls("crisis centers", "en"))[0], "en/krisecentre/");
  assert.equal(engine.speller([["^(cent)er(s)?$", "$1re$2"]])("centers"), "centres");
});

test("more results than fit: the next ones by offset, the count true", async () => {
  const { index } = await open();
  const first = await index.search("vold", 2);
  const next = await index.search("vold", 2, 2);
  assert.equal(first.total, next.total);
  assert.ok(first.total > 2);
  assert.notDeepEqual(first.results.map((r) => r.url), next.results.map((r) => r.url));
});
