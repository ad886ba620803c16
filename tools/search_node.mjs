// Runs the site's search engine (docs/assets/javascripts/search/engine.js) in
// Node over a built site, for fast evaluation and the benchmark:
//
//   node tools/search_node.mjs SITE_DIR LANG < queries.json > results.json
//
// Input: a JSON list of query strings. Output: a JSON list, one entry per query,
// {results: [url, …], answer: the answer's url or null, bytes: gzip bytes of the files the first search of that
// query fetched (index.json, postings and document shards; not the scripts)}.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const engine = await import(path.join(here, "..", "docs", "assets", "javascripts", "search", "engine.js"));
const [siteDir, lang] = process.argv.slice(2);
const folder = path.join(siteDir, lang === "da" ? "" : lang, "search");
const queries = JSON.parse(readFileSync(0, "utf8"));
const out = [];
for (const query of queries) {
  let bytes = 0;
  const fetchJson = async (name) => {
    const body = readFileSync(path.join(folder, name));
    bytes += gzipSync(body, { level: 9 }).length;
    return JSON.parse(body.toString("utf8"));
  };
  const index = await engine.openIndex(folder, lang, fetchJson);
  // Experiments without a rebuild: KB_SEARCH_SETTINGS='{"coverageExponent": 3}'.
  if (process.env.KB_SEARCH_SETTINGS) Object.assign(index.settings, JSON.parse(process.env.KB_SEARCH_SETTINGS));
  const { results, answer } = await index.search(query);
  out.push({ results: results.map((r) => r.url), answer: answer ? answer.url : null, bytes });
}
process.stdout.write(JSON.stringify(out));
