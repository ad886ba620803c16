/* The search box (overrides/partials/search.html) wired to the site's search
 * engine (engine.js), in Material's look.
 *
 * - The engine (a few KB of code) comes with the page; the language's index
 *   is fetched when the reader opens the search or focuses the field, never on
 *   page load.
 * - Results render as the reader types; a slower answer to an older query never
 *   replaces a newer one.
 * - Private: the query is never put in the address, the history, a cookie or
 *   any storage, and the field is emptied when the page is left (so Back does
 *   not show it again from the browser's page cache).
 * - Keyboard: "/" opens the search; Down/Up move through the results; Enter
 *   opens the first result; Escape closes.
 * - The glossary definition of what the query names is shown above the results
 *   (the answer), not among them; every result can be reached: the count is
 *   the true one and "Show more" adds the next ones.
 */
import * as engine from "./engine.js";

const root = /** @type {HTMLElement | null} */ (document.querySelector("[data-kb-search]"));
const toggle = /** @type {HTMLInputElement | null} */ (document.getElementById("__search"));

if (root && toggle) {
  const input = /** @type {HTMLInputElement} */ (root.querySelector(".md-search__input"));
  const form = /** @type {HTMLFormElement} */ (root.querySelector(".md-search__form"));
  const status = /** @type {HTMLElement} */ (root.querySelector(".md-search-result__meta"));
  const list = /** @type {HTMLElement} */ (root.querySelector(".md-search-result__list"));
  const answerBox = /** @type {HTMLElement} */ (root.querySelector(".kb-search-answer"));
  const moreButton = /** @type {HTMLButtonElement} */ (root.querySelector(".kb-search-more"));
  const prompt = status.textContent.trim();
  const base = new URL(root.dataset.index, location.href);
  const siteRoot = new URL(root.dataset.root, location.href);
  const lang = root.dataset.lang;
  let opening = null;
  let latest = 0;
  let shown = { query: "", count: 0, total: 0 }; // the results on screen, for "Show more"

  const fetchJson = (name, { revalidate = false } = {}) =>
    fetch(new URL(name, base), { cache: revalidate ? "no-cache" : "default", credentials: "same-origin" }).then(
      (response) => {
        if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
        return response.json();
      },
    );

  function open() {
    if (!opening) {
      opening = engine.openIndex(base.href, lang, fetchJson).then((index) => ({ engine, index }));
      opening.catch(() => (opening = null)); // try again on the next keystroke
    }
    return opening;
  }

  function setOpen(value) {
    if (toggle.checked !== value) {
      toggle.checked = value;
      toggle.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  function count(n) {
    if (n === 0) return root.dataset.none;
    return n === 1 ? root.dataset.one : root.dataset.other.replace("{n}", String(n));
  }

  /* The text with the words that matched the query in <mark>. */
  function highlighted({ engine, index }, text, keys) {
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const match of text.matchAll(/[\p{L}\p{N}'\u2019]+/gu)) {
      const words = engine.tokens(match[0]);
      if (words.length && words.every((w) => keys.has(index.key(w)))) {
        fragment.append(text.slice(at, match.index));
        const mark = document.createElement("mark");
        mark.textContent = match[0];
        fragment.append(mark);
        at = match.index + match[0].length;
      }
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  function article(search, doc, keys, level) {
    const link = document.createElement("a");
    link.href = new URL(doc.url, siteRoot).href;
    link.className = "md-search-result__link";
    const body = document.createElement("article");
    body.className = "md-search-result__article md-typeset";
    if (level === 1) {
      const icon = document.createElement("div");
      icon.className = "md-search-result__icon md-icon";
      body.append(icon);
    }
    const title = document.createElement("div");
    title.className = level === 1 ? "kb-search-result__title" : "kb-search-result__subtitle";
    title.append(highlighted(search, doc.title, keys));
    body.append(title);
    if (level === 1 && doc.parent) {
      const parent = document.createElement("div");
      parent.className = "kb-search-result__parent";
      parent.textContent = doc.parent;
      body.append(parent);
    }
    if (doc.snippet) {
      const snippet = document.createElement("p");
      snippet.append(highlighted(search, doc.snippet, keys));
      body.append(snippet);
    }
    link.append(body);
    return link;
  }

  function items(search, found) {
    const keys = new Set(found.keys);
    return found.results.map((result) => {
      const item = document.createElement("li");
      item.className = "md-search-result__item";
      item.append(article(search, result, keys, 1));
      if (result.sections.length) {
        const more = document.createElement("ul");
        more.className = "kb-search-result__sections";
        more.setAttribute("aria-label", root.dataset.more);
        for (const section of result.sections) {
          const sub = document.createElement("li");
          sub.append(article(search, section, keys, 2));
          more.append(sub);
        }
        item.append(more);
      }
      return item;
    });
  }

  function renderAnswer(search, found) {
    if (!found.answer) {
      answerBox.hidden = true;
      answerBox.replaceChildren();
      return;
    }
    const keys = new Set(found.keys);
    const link = document.createElement("a");
    link.href = new URL(found.answer.url, siteRoot).href;
    const label = document.createElement("div");
    label.className = "kb-search-answer__label";
    label.textContent = answerBox.getAttribute("aria-label");
    const title = document.createElement("div");
    title.className = "kb-search-answer__title";
    title.append(highlighted(search, found.answer.title, keys));
    const text = document.createElement("p");
    text.textContent = found.answer.snippet;
    link.append(label, title, text);
    answerBox.replaceChildren(link);
    answerBox.hidden = false;
  }

  function renderMore() {
    const left = shown.total - shown.count;
    moreButton.hidden = left <= 0;
    moreButton.textContent = root.dataset.showMore.replace("{n}", String(left));
    status.textContent =
      left > 0
        ? root.dataset.shown.replace("{shown}", String(shown.count)).replace("{n}", String(shown.total))
        : count(shown.total);
  }

  function render(search, query, found) {
    list.replaceChildren(...items(search, found));
    renderAnswer(search, found);
    shown = { query, count: found.results.length, total: found.total };
    renderMore();
    root.dataset.kbQuery = query;
  }

  /* The next results of the same query, under those on screen. */
  async function showMore() {
    const ticket = latest;
    const search = await open();
    const found = await search.index.search(shown.query, undefined, shown.count);
    if (ticket !== latest) return;
    const added = items(search, found);
    list.append(...added);
    shown.count += found.results.length;
    renderMore();
    const first = added[0] && added[0].querySelector("a");
    if (first) first.focus(); // the reader goes on where the new results start
  }

  function clear() {
    latest++;
    list.replaceChildren();
    answerBox.hidden = true;
    answerBox.replaceChildren();
    moreButton.hidden = true;
    shown = { query: "", count: 0, total: 0 };
    status.textContent = prompt;
    root.dataset.kbQuery = "";
  }

  async function update() {
    const query = input.value;
    const ticket = ++latest;
    if (!engine.tokens(query).length) {
      // Nothing to search yet (empty, or a single letter): the prompt, not "no results".
      clear();
      root.dataset.kbQuery = query;
      return;
    }
    try {
      if (!opening) status.textContent = root.dataset.loading;
      const search = await open();
      const found = await search.index.search(query);
      if (ticket === latest) render(search, query, found);
    } catch (error) {
      if (ticket === latest) {
        list.replaceChildren();
        answerBox.hidden = true;
        moreButton.hidden = true;
        status.textContent = root.dataset.failed;
        root.dataset.kbQuery = query;
      }
      console.warn("search:", error);
    }
  }

  function links() {
    return /** @type {HTMLElement[]} */ ([...list.querySelectorAll("a.md-search-result__link")]);
  }

  /* What Down/Up move through: the answer, the results, "Show more". */
  function stops() {
    return /** @type {HTMLElement[]} */ ([...root.querySelectorAll(".kb-search-answer a, a.md-search-result__link, .kb-search-more:not([hidden])")]);
  }

  function focusResult(step) {
    const all = stops();
    if (!all.length) return;
    const at = all.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    const next = at === -1 ? (step > 0 ? 0 : all.length - 1) : at + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)].focus();
  }

  function close() {
    setOpen(false);
    input.blur();
    const button = /** @type {HTMLElement | null} */ (document.querySelector(".md-header .kb-search-toggle button, .md-header .kb-search-toggle"));
    if (button && getComputedStyle(button).display !== "none" && button.offsetParent) button.focus();
  }

  input.addEventListener("focus", () => {
    setOpen(true);
    open();
  });
  input.addEventListener("input", update);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const first = links()[0];
    if (first) first.click();
  });
  form.addEventListener("reset", () => {
    clear();
    setTimeout(() => input.focus());
  });
  toggle.addEventListener("change", () => {
    if (toggle.checked) {
      open();
      if (document.activeElement !== input) setTimeout(() => input.focus(), 0);
    }
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      focusResult(1);
    } else if (event.key === "ArrowUp" && event.target !== input) {
      event.preventDefault();
      focusResult(-1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  for (const area of [list, answerBox]) {
    area.addEventListener("click", (event) => {
      if (/** @type {Element} */ (event.target).closest("a")) setOpen(false); // a result on this page: close the overlay
    });
  }
  moreButton.addEventListener("click", () => {
    showMore().catch((error) => console.warn("search:", error));
  });
  document.addEventListener("keydown", (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const editing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
    if (event.key === "/" && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      setOpen(true);
      input.focus();
    }
  });
  window.addEventListener("pagehide", () => {
    input.value = "";
    clear();
    setOpen(false);
  });
}
