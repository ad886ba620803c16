/* Filters for the action plan's initiatives (handlingsplan/).
 *
 * The page works without this script: lists by status and by ministry, and a
 * card per initiative under its theme. The script shows the filter form that
 * the page carries hidden, and on each change shows only the cards that match
 * every chosen theme, ministry and status; each option shows how many
 * initiatives it would leave, given the other choices, and a status line says
 * how many are shown. A theme heading with no card left is hidden with them.
 * Following a link to an initiative that the filters hide clears the filters.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-kb-filters]");
  if (!form) return;
  var cards = Array.prototype.slice.call(document.querySelectorAll(".kb-initiative[data-kb-theme]"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-kb-filter]"));
  var count = form.querySelector("[data-kb-filter-count]");
  var reset = form.querySelector("[data-kb-filter-reset]");
  var template = form.getAttribute("data-count");
  var themes = form.querySelector('select[data-kb-filter="theme"]');

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
    reset.hidden = !Object.keys(choice).some(function (key) { return choice[key]; });
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
