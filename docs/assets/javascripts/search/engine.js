/* The site's search engine: query analysis, matching and ranking over the index
 * that hooks/knowledge/outputs/search/indexer.py writes. No DOM here (see ui.js), so the
 * same code runs in the browser and in Node (tests, benchmark).
 *
 * Why our own engine: Material's search (lunr) loads the whole index before the
 * first result (about 1 MB per language at 50x the content) and matches by
 * prefix only; Pagefind loads a WebAssembly module, which needs
 * 'wasm-unsafe-eval' in the Content-Security-Policy. Neither folds æ/ø/å,
 * forgives typos or finds parts of Danish compounds. The comparison is in the
 * README ("Search").
 *
 * Analysis mirrors hooks/knowledge/outputs/search/analysis.py exactly (tested): lower
 * case, apostrophes dropped, the language's stemmer on the real spelling, then
 * folded (æ -> ae, ø -> oe, å -> aa, accents dropped). A query word is looked up
 * as an exact key, in its loose form (ae/oe/aa -> a/o/a: "okonomisk" finds
 * "økonomisk"), as a prefix (while typing; "underrette" finds "underretning"),
 * as the last part of a compound ("udsatte" finds "voldsudsatte") and with one
 * typo (words of five letters or more). Each kind of match weighs less than an
 * exact one. Stop words are dropped from queries that have other words and are
 * never expanded. Words in "quotes" are required and matched exactly.
 */

const TOKEN = /[a-z0-9\u00c0-\u024f]+/g;
const APOSTROPHES = /['\u2019]/g;
const COMBINING = /[\u0300-\u036f]/g;
const FOLD = { "æ": "ae", "ø": "oe", "å": "aa" };
const SURFACE = "="; // keys of words as written in titles and search terms (see indexer.py)
const MAX_WORDS = 12;
const QUOTED = /["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]*)["\u201c\u201d\u201e]?/g;

export function normalise(text) {
  return text.normalize("NFC").toLowerCase().replace(APOSTROPHES, "");
}

export function tokens(text) {
  return (normalise(text).match(TOKEN) || []).filter((t) => t.length > 1 || /^[0-9]$/.test(t));
}

export function fold(word) {
  return word.replace(/[æøå]/g, (c) => FOLD[c]).normalize("NFD").replace(COMBINING, "");
}

export function loose(key) {
  return key.replace(/ae|oe|aa/g, (m) => m[0]);
}

/* "oekonomisk" -> "økonomisk": the real spelling, for the stemmer. */
function restore(word) {
  return word.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
}

/* word -> the word in the index's spelling (UK for English), by the rules
 * analysis.py writes into index.json: the first rule that matches applies. */
export function speller(rules) {
  const compiled = rules.map(([pattern, replacement]) => [new RegExp(pattern), replacement]);
  return (word) => {
    for (const [pattern, replacement] of compiled) {
      if (pattern.test(word)) return word.replace(pattern, replacement);
    }
    return word;
  };
}

/* At most `max` insertions, deletions, substitutions or transpositions of
 * neighbours between a and b (optimal string alignment), in a band of width
 * 2 * max + 1: cheap enough to run over every key for a long unknown word. */
export function withinEdits(a, b, max) {
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > max) return false;
  let before = null, previous = [], current;
  for (let j = 0; j <= lb; j++) previous[j] = j;
  for (let i = 1; i <= la; i++) {
    current = new Array(lb + 1).fill(max + 1);
    current[0] = i;
    let best = i;
    for (let j = Math.max(1, i - max); j <= Math.min(lb, i + max); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return false;
    before = previous;
    previous = current;
  }
  return previous[lb] <= max;
}

/* True if a and b differ by at most one insertion, deletion, substitution or
 * transposition of neighbours (Damerau-Levenshtein distance <= 1), in O(n). */
export function withinOneEdit(a, b) {
  if (a === b) return true;
  const la = a.length, lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true; // substitution
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2); // transposition
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/* The query as the reader typed it: words, which are required ("quoted"),
 * and whether the last word may still be incomplete. */
export function parseQuery(text) {
  const words = [];
  const rest = text.replace(QUOTED, (_, phrase) => {
    for (const t of tokens(phrase)) words.push({ text: t, required: true });
    return " ";
  });
  for (const t of tokens(rest)) words.push({ text: t, required: false });
  const typing = /[a-z0-9\u00c0-\u024f]$/i.test(text.normalize("NFC")) && !/["\u201c\u201d]\s*$/.test(text);
  if (words.length) words[words.length - 1].last = typing && !words[words.length - 1].required;
  // At most MAX_WORDS words (a query is not a paragraph): with their compound parts and
  // the words questions imply, each still gets a bit of its own in rank().
  return words.slice(0, MAX_WORDS);
}

function lowerBound(sorted, value) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* [first, count] runs of document numbers (see indexer.py) as a set-like `has`. */
function runs(list = []) {
  return { has: (doc) => list.some(([first, count]) => doc >= first && doc < first + count) };
}

/* The number of bits set. */
function bits(n) {
  let count = 0;
  for (; n; n &= n - 1) count++;
  return count;
}

function unique(values) {
  return [...new Set(values)];
}

export class Index {
  /* meta: the parsed index.json; stem: the language's stemmer (word -> stem);
   * fetchJson: file name (relative to the index) -> Promise of parsed JSON.
   *
   * The keys come sorted by their loose form (ties by the key), so one binary
   * search finds a key, its other spellings and every key it begins. Nothing is sorted or hashed here:
   * opening the index costs one pass over the keys. */
  constructor(meta, stem, fetchJson) {
    this.meta = meta;
    this.stem = stem;
    this.fetchJson = fetchJson;
    this.settings = meta.settings;
    this.keys = meta.keys ? meta.keys.split("\n") : [];
    this.forms = this.keys.map((key) => (key.startsWith(SURFACE) ? key : loose(key)));
    // Keys of words as written sort together (after numbers, before letters).
    this.surfaceRange = [lowerBound(this.forms, SURFACE), lowerBound(this.forms, SURFACE + "\uffff")];
    this.df = meta.df;
    this.stopWords = new Set(meta.stopWords);
    this.spell = speller(meta.spellings || []);
    this.memo = new Map(); // word -> key
    this.cues = (meta.cues || []).map(([pattern, words]) => [new RegExp(pattern), words]);
    this.definitions = runs(meta.definitions);
    this.sources = runs(meta.sources);
    this.aliases = new Map(); // key -> the keys of the other names of the same glossary term
    for (const group of meta.aliases || []) {
      for (const key of group) this.aliases.set(key, unique([...(this.aliases.get(key) || []), ...group]));
    }
    this.shardStarts = meta.postings.map(([start]) => start);
    this.groupStarts = [];
    let at = 0;
    for (const gap of meta.groups) this.groupStarts.push((at += gap));
    this.files = new Map();
  }

  /* The index key of a word. Remembered: the results' titles and snippets ask
   * for the keys of the same words again and again to mark the matches (ui.js). */
  key(word) {
    let key = this.memo.get(word);
    if (key === undefined) {
      key = fold(this.stem(this.spell(word)));
      if (this.memo.size < 20000) this.memo.set(word, key);
    }
    return key;
  }

  surface(word) {
    return fold(this.spell(word));
  }

  /* Positions of the keys whose loose form is `form`. */
  sameForm(form) {
    const found = [];
    for (let i = lowerBound(this.forms, form); i < this.forms.length && this.forms[i] === form; i++) found.push(i);
    return found;
  }

  /* The position of `key`, or -1. */
  find(key) {
    const form = key.startsWith(SURFACE) ? key : loose(key);
    return this.sameForm(form).find((i) => this.keys[i] === key) ?? -1;
  }

  idf(position) {
    const n = this.meta.documents, f = this.df[position];
    return Math.log(1 + (n - f + 0.5) / (f + 0.5));
  }

  /* Index keys a query word may match, as [key position, weight] pairs, the
   * weight saying how good a kind of match it is. Typos, word beginnings
   * ("stalkng" -> "stalk") and compound splits are tried only for a word the
   * index does not know. */
  expand(word, { exactOnly = false } = {}) {
    const s = this.settings, w = s.expansion;
    const variants = unique([word.text, ...(/ae|oe|aa/.test(word.text) ? [restore(word.text)] : [])]);
    const stems = unique(variants.map((v) => this.key(v)));
    const raws = unique(variants.map((v) => this.surface(v)));
    const found = new Map(); // key position -> weight
    const add = (position, weight) => {
      if ((found.get(position) || 0) < weight) found.set(position, weight);
    };
    const forms = this.forms;
    for (const stem of stems) {
      for (const p of this.sameForm(loose(stem))) add(p, this.keys[p] === stem ? w.exact : w.loose);
      // The other names of a glossary term: "SEL" also finds "serviceloven".
      for (const other of this.aliases.get(stem) || []) {
        const p = this.find(other);
        if (p >= 0) add(p, w.alias);
      }
    }
    // A known word found in hardly any document may still be a typo of a common one.
    const known = [...found.keys()].some((p) => this.df[p] > s.rareKnownWord);
    for (const raw of raws) {
      const p = this.find(SURFACE + raw);
      if (p >= 0) add(p, w.surface);
    }
    if (!exactOnly) {
      const minPrefix = word.last ? Math.min(2, s.minPrefix) : s.minPrefix;
      for (const start of unique([...stems, ...raws]).filter((p) => p.length >= minPrefix)) {
        const form = loose(start);
        for (let i = lowerBound(forms, form); i < forms.length && forms[i].startsWith(form); i++) {
          const share = form.length / forms[i].length;
          add(i, w.prefix * (this.keys[i].startsWith(start) ? 1 : w.loose) * (0.5 + 0.5 * share));
        }
      }
      const looseStems = unique(stems.map(loose));
      const looseRaws = unique(raws.map(loose));
      const typo = !known && word.text.length >= s.minTypo;
      // A long word (often a compound) may have two typos: "kæstevold".
      const edits = typo && word.text.length >= (s.minTypo2 || Infinity) ? 2 : 1;
      if (typo) {
        // Words as written in titles and search terms, for typos in words whose
        // stem changes a lot ("accessibilty" is one letter from "accessibility").
        for (let i = this.surfaceRange[0]; i < this.surfaceRange[1]; i++) {
          const surface = this.keys[i].slice(1);
          if (raws.some((raw) => Math.abs(raw.length - surface.length) <= 1 && withinOneEdit(raw, surface))) {
            add(i, w.typo);
          }
        }
      }
      for (let i = 0; i < forms.length; i++) {
        if (i === this.surfaceRange[0]) i = this.surfaceRange[1];
        if (i >= forms.length) break;
        const other = forms[i];
        for (const form of looseStems) {
          if (form.length >= s.minCompound && other.length >= form.length + 3 && other.endsWith(form)) {
            add(i, w.compound);
          } else if (typo && Math.abs(other.length - form.length) <= 1 && withinOneEdit(form, other)) {
            add(i, w.typo);
          } else if (edits === 2 && other.length >= s.minTypo2 - 2 && withinEdits(form, other, 2)) {
            add(i, w.typo2);
          }
        }
        if (known || other.length < s.minCompound) continue;
        for (const raw of looseRaws) {
          const rest = raw.length - other.length;
          if (rest < 1 || rest > s.maxSuffix) continue;
          if (raw.startsWith(other)) add(i, w.prefix);
          else if (typo && [-1, 0, 1].some((d) => withinOneEdit(other, raw.slice(0, other.length + d)))) {
            add(i, w.typo);
          }
        }
      }
    }
    return [...found]
      .sort((a, b) => b[1] - a[1] || this.df[b[0]] - this.df[a[0]])
      .slice(0, s.maxExpansions);
  }

  /* A word the index does not know, as two words it does ("kompetencemodulerne"
   * -> "kompetence" + "modulerne"), or null. Danish joins compounds with an
   * -s- or -e- now and then, so the first part may end in one. */
  split(word) {
    const text = fold(word.text);
    const min = this.settings.minCompound - 1;
    const known = (part) => this.sameForm(loose(this.key(part))).length > 0;
    for (let i = text.length - min; i >= min; i--) {
      const head = text.slice(0, i), tail = text.slice(i);
      if (!known(tail)) continue;
      if (known(head) || (/[se]$/.test(head) && head.length > min && known(head.slice(0, -1)))) {
        return [head, tail].map((part) => ({ text: part, required: false, last: false, split: true }));
      }
    }
    return null;
  }

  shardOf(position) {
    let lo = 0, hi = this.shardStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.shardStarts[mid] <= position) lo = mid; else hi = mid - 1;
    }
    return this.meta.postings[lo][1];
  }

  load(name) {
    if (!this.files.has(name)) {
      const pending = this.fetchJson(name);
      pending.catch(() => this.files.delete(name)); // a failed fetch is tried again next time
      this.files.set(name, pending);
    }
    return this.files.get(name);
  }

  async postings(position) {
    const shard = await this.load(this.shardOf(position));
    return shard[this.keys[position]] || [];
  }

  groupOf(doc) {
    return this.groupStarts[Math.max(0, lowerBound(this.groupStarts, doc + 1) - 1)];
  }

  async document(doc) {
    const { size, files } = this.meta.documentShards;
    const rows = await this.load(files[Math.floor(doc / size)]);
    const [url, title, parent, kind, snippet] = rows[doc % size];
    return { url, title, parent, kind, snippet };
  }

  /* Keys of two neighbouring query words written as one: "out patient" ->
   * "outpatient", "kæreste vold" -> "kærestevold" (Danish joins with -s- or
   * -e- now and then). Stop words count here ("out" is one in English). */
  joins(all) {
    const found = [];
    for (let i = 0; i + 1 < all.length; i++) {
      const [a, b] = [all[i], all[i + 1]];
      if (a.required || b.required) continue;
      const keys = [];
      for (const glue of this.meta.lang === "da" ? ["", "s", "e"] : [""]) {
        const joined = { text: a.text + glue + b.text };
        for (const p of this.sameForm(loose(this.key(joined.text)))) keys.push(p);
        const p = this.find(SURFACE + this.surface(joined.text));
        if (p >= 0) keys.push(p);
      }
      if (keys.length) found.push({ words: [a, b], keys: unique(keys) });
    }
    return found;
  }

  /* Ranked results: [{doc, score, named, sections: [{doc, score}]}], best
   * first, and the keys that matched (for highlighting). */
  async rank(text) {
    const all = parseQuery(text);
    let words = all;
    const content = words.filter((wd) => !this.stopWords.has(wd.text));
    const onlyStopWords = content.length === 0;
    // Stop words beside other words only count where a title or search term has
    // them ("hvem er med"), weakly, and never against a page that lacks them.
    const weak = onlyStopWords ? [] : words.filter((wd) => this.stopWords.has(wd.text) && !wd.last);
    if (!onlyStopWords) words = content;
    if (!words.length) return { groups: [], keys: [], named: 0 };
    const joins = onlyStopWords ? [] : this.joins(all);
    const expansions = [];
    words = words.flatMap((wd) => {
      const found = this.expand(wd, { exactOnly: wd.required || (onlyStopWords && !wd.last) });
      const parts = found.length || wd.required || onlyStopWords ? null : this.split(wd);
      if (!parts) {
        expansions.push(found);
        return [wd];
      }
      for (const part of parts) {
        expansions.push(this.expand(part).map(([p, weight]) => [p, weight * this.settings.expansion.split]));
      }
      return parts;
    });
    // A word joined with its neighbour also matches the joined key.
    for (const { words: pair, keys } of joins) {
      for (const wd of pair) {
        const i = words.indexOf(wd);
        // As good as the words themselves: it names them.
        if (i >= 0) expansions[i] = [...expansions[i], ...keys.map((p) => [p, this.settings.expansion.alias])];
      }
    }
    // How much each word can weigh: a word the index does not know at all
    // cannot be matched by any page, so it does not count against them.
    const weights = expansions.map((found) => Math.max(0, ...found.map(([p]) => this.idf(p))));
    const possible = weights.reduce((a, b) => a + b, 0) || 1;
    const counted = words.length;
    for (const wd of weak) {
      const position = this.find(this.key(wd.text));
      if (position < 0) continue;
      words.push({ ...wd, weak: true });
      expansions.push([[position, this.settings.expansion.stopWord]]);
      weights.push(0);
    }
    // Words a question implies (see QUESTION_CUES in analysis.py), counted as weakly.
    const asked = ` ${tokens(text).join(" ")} `;
    for (const [pattern, implied] of this.cues) {
      if (!pattern.test(asked)) continue;
      for (const word of tokens(implied)) {
        const position = this.find(this.key(word));
        if (position < 0) continue;
        words.push({ text: word, weak: true });
        expansions.push([[position, this.settings.expansion.cue]]);
        weights.push(0);
      }
    }
    const shards = unique(expansions.flat().map(([p]) => this.shardOf(p)));
    await Promise.all(shards.map((name) => this.load(name)));
    const scale = this.meta.impactScale;
    const s = this.settings;
    // doc -> {values (per word), title, named, titled (bit i: word i), titleTerms}; bits,
    // not arrays: a common word at 50x the content touches thousands of documents.
    const perDoc = new Map();
    const matchedKeys = new Set();
    for (let i = 0; i < words.length; i++) {
      for (const [position, weight] of expansions[i]) {
        // A match as good as the word itself (not a prefix, a part or a typo) names it.
        const naming = weight >= s.expansion.alias;
        const list = await this.postings(position);
        if (list.length) matchedKeys.add(this.keys[position]);
        const factor = (weight * this.idf(position)) / scale;
        for (let j = 0, doc = 0; j < list.length; j += 3) {
          doc += list[j];
          if (words[i].weak && !(list[j + 2] & 3)) continue; // only in a title or search term
          const value = factor * list[j + 1];
          let entry = perDoc.get(doc);
          if (!entry) {
            entry = { values: new Array(words.length).fill(0), title: 0, named: 0, titled: 0, titleTerms: list[j + 2] >> 2 };
            perDoc.set(doc, entry);
          }
          const bit = 1 << i;
          if (naming && list[j + 2] & 3) entry.named |= bit;
          if (naming && list[j + 2] & 1) entry.titled |= bit;
          if (value > entry.values[i]) {
            entry.values[i] = value;
            entry.title = list[j + 2] & 1 ? entry.title | bit : entry.title & ~bit;
          }
        }
      }
    }
    // A number in the query ("§ 109", "2024") names one thing: results that
    // have every number the query names come before those that do not.
    const numbers = words.map((wd, i) => /^[0-9]+$/.test(wd.text) && !wd.weak && weights[i] > 0);
    const ownWords = (1 << counted) - 1; // the query's own words come first, weak ones after
    const groups = new Map();
    for (const [doc, entry] of perDoc) {
      if (words.some((wd, i) => wd.required && !entry.values[i])) continue;
      const covered = entry.values.reduce((sum, v, i) => sum + (v > 0 ? weights[i] : 0), 0) / possible;
      let score = entry.values.reduce((a, b) => a + b, 0) * Math.pow(covered, s.coverageExponent);
      // The more of a title the query covers, and the more of the query the title
      // covers, the more the page is about it: "Ministry of Justice" before
      // "Research Office of the Ministry of Justice"; "SEL" less for "SEL § 109".
      const inTitle = bits(entry.title & ownWords); // weak words do not count
      // How many of the query's words the document is named by: a definition by its
      // term and forms, a page or a section by its title.
      const named = bits((this.definitions.has(doc) ? entry.named : entry.titled) & ownWords);
      const head = this.groupOf(doc);
      if (entry.titleTerms > 0) {
        const share = Math.min(1, inTitle / entry.titleTerms) * Math.min(1, inTitle / counted);
        score *= 1 + ((doc === head ? s.fullTitleBoost : s.fullHeadingBoost) - 1) * share * share;
      }
      let group = groups.get(head);
      if (!group) groups.set(head, (group = { doc: head, score: 0, named: 0, complete: false, numbered: false, sections: [] }));
      group.numbered = group.numbered || numbers.every((isNumber, i) => !isNumber || entry.values[i] > 0);
      group.score = Math.max(group.score, score);
      group.named = Math.max(group.named, named);
      group.complete = group.complete || covered >= 0.999;
      if (doc !== head) group.sections.push({ doc, score });
    }
    // A glossary definition gives way to a page, a section or an initiative whose
    // title names the query as fully: it tells more about the concept, and the
    // definition is shown as the answer anyway (search()). Not to a source's title.
    const pages = [...groups.values()].filter((g) => !this.definitions.has(g.doc) && !this.sources.has(g.doc));
    for (const group of groups.values()) {
      if (!this.definitions.has(group.doc) || group.named === 0) continue;
      let best = 0;
      for (const page of pages) if (page.named >= group.named && page.score > best) best = page.score;
      if (best) group.score = Math.min(group.score, best * 0.99);
    }
    let ranked = [...groups.values()].sort((a, b) => b.numbered - a.numbered || b.score - a.score || a.doc - b.doc);
    // Partial matches far below the best are noise; a result with every word is kept.
    const top = Math.max(0, ...ranked.map((g) => g.score));
    ranked = ranked.filter((g) => g.complete || g.score >= top * s.relativeCutoff);
    for (const group of ranked) {
      group.sections.sort((a, b) => b.score - a.score || a.doc - b.doc);
      group.sections = group.sections.slice(0, s.subResults);
    }
    return { groups: ranked, keys: [...matchedKeys], named: counted };
  }

  /* The first `limit` results with what they show. The document shards they
   * need are fetched together, in one wave. */
  async search(text, limit = this.settings.results, offset = 0) {
    const { groups, keys, named } = await this.rank(text);
    const top = groups.slice(offset, offset + limit);
    // The answer: the first glossary definition among the first results whose
    // name has every word of the query, shown above them; none if it is first anyway.
    const answerGroup = groups
      .slice(1, this.settings.results)
      .find((g) => this.definitions.has(g.doc) && g.named >= named);
    const { size, files } = this.meta.documentShards;
    const docs = top.flatMap((group) => [group.doc, ...group.sections.map((s) => s.doc)]);
    if (answerGroup) docs.push(answerGroup.doc);
    await Promise.all(unique(docs.map((doc) => files[Math.floor(doc / size)])).map((name) => this.load(name)));
    const results = [];
    for (const group of top) {
      const sections = [];
      for (const section of group.sections) sections.push({ ...(await this.document(section.doc)), score: section.score });
      results.push({ ...(await this.document(group.doc)), score: group.score, sections });
    }
    const answer = answerGroup ? await this.document(answerGroup.doc) : null;
    return { results, total: groups.length, keys, answer };
  }
}

/* Loads a language's index: base is the URL of its search folder ("…/search/"). */
export async function openIndex(base, lang, fetchJson) {
  const [meta, stemmer] = await Promise.all([
    fetchJson("index.json", { revalidate: true }),
    import(`./stemmers/${lang}.js`),
  ]);
  return new Index(meta, stemmer.stemmer, fetchJson);
}
