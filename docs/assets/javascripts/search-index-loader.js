/* Loads the search index only when the reader starts to search, and loads the
 * index of the page's own language.
 *
 * Why: Material for MkDocs fetches the whole search index (both languages, one
 * file) on every page load, which makes the first visit grow with the size of
 * the site. It has no option to defer it, so this script, loaded before
 * Material's bundle, holds back that one request (Material uses
 * XMLHttpRequest) until the search field gets focus, and points it at the
 * per-language index that hooks/search_per_language.py writes.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var ownIndex = new URL(script.getAttribute("data-index"), location.href).href;
  var INDEX = /\/search\/search_index\.json$/;
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var held = [];
  var started = false;

  function start() {
    if (started) return;
    started = true;
    held.splice(0).forEach(function (release) { release(); });
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    if (INDEX.test(new URL(String(url), location.href).pathname)) {
      this.kbSearchIndex = true;
      args[1] = ownIndex;
    }
    return open.apply(this, args);
  };

  XMLHttpRequest.prototype.send = function () {
    if (this.kbSearchIndex && !started) {
      var request = this, args = arguments;
      held.push(function () { send.apply(request, args); });
      return;
    }
    return send.apply(this, arguments);
  };

  document.addEventListener("focusin", function (event) {
    var el = event.target;
    if (el && el.matches && el.matches("[data-md-component=search-query]")) start();
  });
  document.addEventListener("change", function (event) {
    if (event.target && event.target.id === "__search" && event.target.checked) start();
  });
})();
