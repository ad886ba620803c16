/* Glossary terms by touch.
 *
 * A marked term (a.kb-term) is a link to its glossary entry whose title holds
 * "term: definition". With a mouse or a keyboard, Material shows that title as
 * a tooltip on hover or focus, and a click or Enter follows the link. A touch
 * screen has no hover, so a tap went straight to the glossary. Here a tap (or a
 * pen) opens a small non-modal dialog under the term instead: the definition
 * and a link to the full entry. A second tap on the term, a tap outside, the
 * close button or Escape closes it; focus moves into it when it opens and back
 * to the term when it is closed from inside. Without JavaScript the term stays
 * a plain link.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script || !document.querySelector("a.kb-term")) return;
  var labels = { entry: script.getAttribute("data-entry"), close: script.getAttribute("data-close") };
  var root = document.documentElement;
  var lastPointer = "";
  var box = null;
  var owner = null;

  function isTap(event) {
    // Chromium gives click events their pointer type; other browsers have
    // the last pointerdown's. A click from the keyboard has detail 0.
    var type = event.pointerType || (event.detail ? lastPointer : "");
    return type === "touch" || type === "pen";
  }

  // "term: definition", from the title (Material moves it into its tooltip while one is open).
  function definitionOf(term) {
    var text = term.getAttribute("title");
    if (!text) {
      var tip = document.getElementById(term.getAttribute("aria-describedby") || "");
      text = tip ? tip.textContent.trim() : "";
    }
    var colon = text.indexOf(": ");
    return colon > 0 ? { term: text.slice(0, colon), text: text.slice(colon + 2) } : { term: "", text: text };
  }

  function element(tag, className, text) {
    var el = document.createElement(tag);
    el.className = className;
    if (text) el.textContent = text;
    return el;
  }

  function build() {
    box = element("div", "kb-popover");
    box.id = "kb-term-popover";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-labelledby", "kb-term-popover-title");
    box.tabIndex = -1;
    box.hidden = true;
    var head = element("div", "kb-popover__head");
    var title = element("p", "kb-popover__title");
    title.id = "kb-term-popover-title";
    var close = element("button", "kb-popover__close", labels.close);
    close.type = "button";
    close.addEventListener("click", function () { hide(true); });
    head.appendChild(title);
    head.appendChild(close);
    box.appendChild(head);
    box.appendChild(element("p", "kb-popover__text"));
    var more = element("p", "kb-popover__more");
    more.appendChild(element("a", "kb-popover__link", labels.entry));
    box.appendChild(more);
    box.addEventListener("focusout", function (event) {
      var to = event.relatedTarget;
      if (to && !box.contains(to) && to !== owner) hide(false);
    });
    // In the article, so that it scrolls with the text it explains.
    (document.querySelector("article") || document.body).appendChild(box);
  }

  function place(term) {
    var parent = box.offsetParent || document.body;
    var base = parent.getBoundingClientRect();
    var rect = term.getClientRects()[0] || term.getBoundingClientRect();
    var margin = 8;
    var width = box.offsetWidth;
    var viewport = root.clientWidth;
    var left = Math.min(Math.max(rect.left, margin), viewport - width - margin);
    var top = rect.bottom + 6;
    // Above the term if it would run off the bottom of the screen and fits above.
    if (rect.bottom + box.offsetHeight + 12 > window.innerHeight && rect.top - box.offsetHeight - 6 > 60) {
      top = rect.top - box.offsetHeight - 6;
    }
    box.style.left = left - base.left + "px";
    box.style.top = top - base.top + "px";
  }

  function show(term) {
    if (!box) build();
    var entry = definitionOf(term);
    box.querySelector(".kb-popover__title").textContent = entry.term || term.textContent;
    box.querySelector(".kb-popover__text").textContent = entry.text;
    box.querySelector(".kb-popover__link").href = term.href;
    if (owner && owner !== term) owner.removeAttribute("aria-expanded");
    owner = term;
    term.setAttribute("aria-expanded", "true");
    term.setAttribute("aria-controls", box.id);
    box.hidden = false;
    root.classList.add("kb-popover-open");
    place(term);
    box.focus({ preventScroll: true });
  }

  function hide(returnFocus) {
    if (!box || box.hidden) return;
    box.hidden = true;
    root.classList.remove("kb-popover-open");
    var term = owner;
    owner = null;
    if (term) {
      term.removeAttribute("aria-expanded");
      if (returnFocus) term.focus({ preventScroll: true });
    }
  }

  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
    // Material's hover tooltips make no sense under a finger.
    root.classList.toggle("kb-touch", event.pointerType === "touch" || event.pointerType === "pen");
    if (box && !box.hidden && !box.contains(event.target) && !(owner && owner.contains(event.target))) {
      hide(false);
    }
  }, true);
  document.addEventListener("pointermove", function (event) {
    if (event.pointerType === "mouse") root.classList.remove("kb-touch");
  }, true);
  document.addEventListener("keydown", function (event) {
    lastPointer = "";
    if (event.key === "Escape" && box && !box.hidden) {
      hide(true);
      event.stopPropagation();
    }
  }, true);

  document.addEventListener("click", function (event) {
    var target = /** @type {Element} */ (event.target);
    var term = target.closest && target.closest("a.kb-term");
    if (!term || !isTap(event) || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    if (owner === term && !box.hidden) hide(false);
    else show(term);
  });

  window.addEventListener("resize", function () {
    if (owner && box && !box.hidden) place(owner);
  });
})();
