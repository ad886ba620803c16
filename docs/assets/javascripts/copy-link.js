/* "Copy link" for trainers: a button beside the page title copies the page's
 * address, and each section's permalink (#) copies the address of that
 * section, besides jumping to it. Material for MkDocs only offers copy buttons
 * for code blocks, so this small script does it. */
(function () {
  "use strict";

  var script = document.currentScript;
  var status = document.getElementById("kb-exit-status");
  var heading = document.querySelector("article h1");
  if (!heading || !script) return;
  var labels = {
    page: script.getAttribute("data-copy"),
    section: script.getAttribute("data-copy-section"),
    done: script.getAttribute("data-copied"),
  };

  function address(hash) {
    return location.origin + location.pathname + (hash || "");
  }

  // Seen as well as heard: a short note at the foot of the screen (hidden from
  // screen readers, which hear the same words in the status region).
  var toast = document.createElement("div");
  toast.className = "kb-toast";
  toast.setAttribute("aria-hidden", "true");
  toast.hidden = true;
  document.body.appendChild(toast);
  var toastTimer = null;

  function copy(text) {
    var done = function () {
      if (status) status.textContent = labels.done;
      setTimeout(function () { if (status && status.textContent === labels.done) status.textContent = ""; }, 3000);
      toast.textContent = labels.done;
      toast.hidden = false;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(function () { toast.hidden = true; }, 2500);
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, function () {});
      return;
    }
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "absolute";
    field.style.left = "-9999px";
    document.body.appendChild(field);
    field.select();
    try { document.execCommand("copy"); done(); } catch (e) { /* nothing to do */ }
    document.body.removeChild(field);
  }

  // The page comes with the button under its title (hooks/page_output.py), so
  // nothing moves when this script runs; it is made here only for a page without one.
  var button = /** @type {HTMLButtonElement | null} */ (document.querySelector("article .kb-copy-link"));
  if (!button) {
    button = document.createElement("button");
    button.type = "button";
    button.className = "kb-copy-link md-button";
    button.textContent = labels.page;
    heading.insertAdjacentElement("afterend", button);
  }
  button.addEventListener("click", function () { copy(address("")); });

  var permalinks = document.querySelectorAll("article .headerlink");
  for (var i = 0; i < permalinks.length; i++) {
    permalinks[i].setAttribute("aria-label", labels.section);
    permalinks[i].addEventListener("click", function (event) {
      copy(address(/** @type {Element} */ (event.currentTarget).getAttribute("href")));
    });
  }
})();
