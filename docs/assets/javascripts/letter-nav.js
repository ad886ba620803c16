/* The glossary's and the subject index's letter navigation: marks the letter
 * whose section is being read (aria-current) and, on a phone, where the
 * letters are one row that scrolls sideways under the header, keeps that
 * letter in view. The navigation works without it. */
(function () {
  "use strict";

  var nav = document.querySelector("nav.kb-letters");
  if (!nav) return;
  var strip = nav.querySelector("ul");
  var links = Array.prototype.slice.call(nav.querySelectorAll('a[href^="#"]'));
  var sections = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  });
  var current = null;
  var pending = false;
  // After a jump the reader's letter is the one jumped to, even where the page
  // ends too soon to bring it to the top (tapping "S" marked "R"); it holds
  // until the reader scrolls on.
  var pinned = null;

  function mark(link) {
    if (link === current) return;
    if (current) current.removeAttribute("aria-current");
    current = link;
    if (!link) return;
    link.setAttribute("aria-current", "true");
    if (strip.scrollWidth > strip.clientWidth) {
      strip.scrollLeft = link.offsetLeft - strip.offsetLeft - (strip.clientWidth - link.offsetWidth) / 2;
    }
  }

  // The letter whose section holds the element (a letter heading or an entry).
  function letterOf(target) {
    var found = null;
    for (var i = 0; i < sections.length; i++) {
      var s = sections[i];
      if (s && (s === target || s.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING)) {
        found = links[i];
      }
    }
    return found;
  }

  function pinToHash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target || nav.contains(target)) return;
    var link = letterOf(target);
    if (!link) return;
    pinned = { link: link, y: window.scrollY };
    mark(link);
  }

  function update() {
    pending = false;
    if (pinned && Math.abs(window.scrollY - pinned.y) < 24) {
      mark(pinned.link);
      return;
    }
    pinned = null;
    // A jump lands a little below the letters (scroll-padding in site.css).
    var line = nav.getBoundingClientRect().bottom + 24;
    var found = null;
    for (var i = 0; i < sections.length; i++) {
      if (sections[i] && sections[i].getBoundingClientRect().top <= line) found = links[i];
    }
    mark(found);
  }

  window.addEventListener("scroll", function () {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }, { passive: true });
  // hashchange fires after the jump; a second tap on the same letter does not
  // change the hash, so the click pins too, once the jump is done.
  window.addEventListener("hashchange", pinToHash);
  nav.addEventListener("click", function (event) {
    if (/** @type {Element} */ (event.target).closest('a[href^="#"]')) window.setTimeout(pinToHash, 0);
  });
  // Arriving from another page, the browser jumps once the page has loaded.
  if (window.location.hash) {
    pinToHash();
    window.addEventListener("load", function () { window.setTimeout(pinToHash, 0); });
  }
  update();
})();
