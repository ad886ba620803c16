// The index keys the browser's engine computes for words: reads
// {"words": {"da": [word, …], "en": [word, …]}, "spellings": {"da": rules, "en": rules}}
// on stdin (rules as index.json has them), writes {"da": [[key, …], …], "en": …}.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const assets = path.join(here, "..", "..", "docs", "assets", "javascripts", "search");
const engine = await import(path.join(assets, "engine.js"));
const { words, spellings } = JSON.parse(readFileSync(0, "utf8"));
const out = {};
for (const [lang, list] of Object.entries(words)) {
  const { stemmer } = await import(path.join(assets, "stemmers", `${lang}.js`));
  const spell = engine.speller(spellings[lang]);
  out[lang] = list.map((word) => engine.tokens(word).map((t) => engine.fold(stemmer(spell(t)))));
}
process.stdout.write(JSON.stringify(out));
