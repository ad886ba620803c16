/* Quick exit ("Forlad siden hurtigt").
 *
 * The exit controls are plain links to a neutral site, so they work without
 * JavaScript. With JavaScript:
 *  - three presses of Shift within three seconds leave the site; a press of
 *    Shift together with another key (typing a capital) does not count and
 *    starts the count again;
 *  - a visually hidden live region announces the count;
 *  - leaving blanks the page and clears the title at once, then navigates with
 *    location.replace() so that Back does not return to this page;
 *  - a page restored from the back/forward cache shows no blank page.
 */
(function () {
  "use strict";

  var WINDOW_MS = 3000;
  var links = document.querySelectorAll("[data-kb-quick-exit]");
  var status = document.getElementById("kb-exit-status");
  if (!links.length || !status) return;
  var target = links[0].getAttribute("href");
  var originalTitle = document.title;

  var presses = 0;
  var shiftDown = false;
  var combined = false;
  var timer = null;

  function announce(text) {
    status.textContent = text;
  }

  function reset() {
    presses = 0;
    clearTimeout(timer);
    timer = null;
  }

  function leave() {
    document.documentElement.classList.add("kb-leaving");
    document.title = "";
    announce(status.getAttribute("data-leaving"));
    window.location.replace(target);
  }

  function onKeyDown(event) {
    if (event.key === "Shift") {
      if (!event.repeat) {
        shiftDown = true;
        combined = false;
      }
      return;
    }
    // Any other key: a Shift held with it is not a quick-exit press,
    // and a press of another key breaks the sequence.
    combined = shiftDown;
    reset();
  }

  function onKeyUp(event) {
    if (event.key !== "Shift") return;
    var counts = shiftDown && !combined;
    shiftDown = false;
    combined = false;
    if (!counts) return;
    presses += 1;
    if (presses >= 3) {
      reset();
      leave();
      return;
    }
    announce(status.getAttribute("data-count").replace("{n}", String(presses)));
    clearTimeout(timer);
    timer = setTimeout(function () {
      reset();
      announce("");
    }, WINDOW_MS);
  }

  for (var i = 0; i < links.length; i++) {
    links[i].addEventListener("click", function (/** @type {MouseEvent} */ event) {
      if (event.button !== 0 || event.metaKey || event.ctrlKey) return;
      event.preventDefault();
      leave();
    });
  }
  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("keyup", onKeyUp, true);
  window.addEventListener("blur", function () {
    shiftDown = false;
  });
  window.addEventListener("pageshow", function () {
    document.documentElement.classList.remove("kb-leaving");
    if (!document.title) document.title = originalTitle;
    reset();
    announce("");
  });
})();
