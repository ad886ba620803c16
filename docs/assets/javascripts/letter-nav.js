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

  function update() {
    pending = false;
    var line = nav.getBoundingClientRect().bottom + 8;
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
  update();
})();
