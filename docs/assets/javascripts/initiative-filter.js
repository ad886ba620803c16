/* Filters for the action plan's initiatives (handlingsplan/).
 *
 * The page works without this script: lists by status and by ministry, and a
 * card per initiative under its theme. The script shows the filter form that
 * the page carries hidden, and on each change shows only the cards that match
 * every chosen theme, ministry and status; each option shows how many
 * initiatives it would leave, given the other choices, and a status line says
 * how many are shown. A theme heading with no card left is hidden with them.
 * While a filter is chosen, the overview (lists by status and ministry) that
 * stands between the form and the cards is hidden. With no card left, the box
 * under the form says what was chosen and offers to remove each choice.
 * Following a link to an initiative that the filters hide clears the filters.
 */
(function () {
  "use strict";

  var form = /** @type {HTMLFormElement | null} */ (document.querySelector("form[data-kb-filters]"));
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".kb-initiative[data-kb-theme]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-kb-filter]"));
  var count = form.querySelector("[data-kb-filter-count]");
  var reset = /** @type {HTMLElement} */ (form.querySelector("[data-kb-filter-reset]"));
  var template = form.getAttribute("data-count");
  var themes = /** @type {HTMLSelectElement | null} */ (form.querySelector('select[data-kb-filter="theme"]'));
  var empty = /** @type {HTMLElement} */ (form.querySelector("[data-kb-filter-empty]"));
  // The overview between the form and the cards: its heading, its lists and
  // their headings, and the notes on the ministries.
  var summary = document.getElementById("overblik");
  /** @type {HTMLElement[]} */
  var overview = [];
  for (var node = summary; node && !node.matches('h2:not(#overblik)'); node = /** @type {HTMLElement} */ (node.nextElementSibling)) {
    if (node !== form) overview.push(node);
  }

  // Each option's own label, before a count is added to it.
  selects.forEach(function (select) {
    Array.prototype.forEach.call(select.options, function (option) {
      option.setAttribute("data-label", option.textContent);
    });
  });

  function valuesOf(card, key) {
    return (card.getAttribute("data-kb-" + key) || "").split(" ");
  }

  function chosen() {
    var choice = {};
    selects.forEach(function (select) { choice[select.getAttribute("data-kb-filter")] = select.value; });
    return choice;
  }

  function matches(card, choice, except) {
    return Object.keys(choice).every(function (key) {
      return key === except || !choice[key] || valuesOf(card, key).indexOf(choice[key]) >= 0;
    });
  }

  function update() {
    var choice = chosen();
    var shown = 0;
    cards.forEach(function (card) {
      card.hidden = !matches(card, choice);
      if (!card.hidden) shown += 1;
    });
    if (themes) {
      Array.prototype.forEach.call(themes.options, function (option) {
        var heading = option.value && document.getElementById(option.value);
        if (!heading) return;
        heading.hidden = !cards.some(function (card) {
          return !card.hidden && card.getAttribute("data-kb-theme") === option.value;
        });
      });
    }
    selects.forEach(function (select) {
      var key = select.getAttribute("data-kb-filter");
      Array.prototype.forEach.call(select.options, function (option) {
        var n = cards.filter(function (card) {
          return matches(card, choice, key) && (!option.value || valuesOf(card, key).indexOf(option.value) >= 0);
        }).length;
        option.textContent = option.getAttribute("data-label") + " (" + n + ")";
      });
    });
    count.textContent = template.replace("{n}", String(shown)).replace("{total}", String(cards.length));
    var filtered = Object.keys(choice).some(function (key) { return choice[key]; });
    reset.hidden = !filtered;
    overview.forEach(function (node) { node.hidden = filtered; });
    explainEmpty(filtered && shown === 0);
  }

  function labelOf(select) {
    var field = select.closest("label").querySelector("span").textContent;
    return field + ": " + select.options[select.selectedIndex].getAttribute("data-label");
  }

  function explainEmpty(none) {
    empty.hidden = !none;
    if (!none) return;
    var active = selects.filter(function (select) { return select.value; });
    empty.querySelector("p").textContent = empty.getAttribute("data-text")
      .replace("{choices}", active.map(labelOf).join(", "));
    var widen = empty.querySelector(".kb-filter__widen");
    widen.textContent = "";
    active.forEach(function (select) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "md-button";
      button.textContent = empty.getAttribute("data-remove").replace("{choice}", labelOf(select));
      button.addEventListener("click", function () {
        select.value = "";
        update();
        select.focus();
      });
      widen.appendChild(button);
    });
  }

  function clear() {
    selects.forEach(function (select) { select.value = ""; });
    update();
  }

  form.addEventListener("change", update);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  reset.addEventListener("click", function () {
    clear();
    selects[0].focus();
  });
  window.addEventListener("hashchange", function () {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.closest(".kb-initiative[hidden]")) {
      clear();
      target.scrollIntoView();
    }
  });
  form.setAttribute("autocomplete", "off");
  update();
  form.hidden = false;
})();
