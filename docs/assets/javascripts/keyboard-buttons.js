/* Material for MkDocs draws the header's menu and search buttons as <label>s
 * for hidden checkboxes. A label cannot be reached with Tab or pressed with a
 * key, so on a phone-width screen the navigation could not be opened from a
 * keyboard. This turns those labels into named buttons that Enter and Space
 * press, and keeps aria-expanded in step with the checkbox. */
(function () {
  "use strict";

  var script = document.currentScript;
  var names = { __drawer: script.getAttribute("data-menu"), __search: script.getAttribute("data-search") };
  var labels = document.querySelectorAll(".md-header label.md-header__button[for]");
  for (var i = 0; i < labels.length; i++) {
    (function (label) {
      var box = document.getElementById(label.htmlFor);
      if (!box || !names[label.htmlFor]) return;
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      label.setAttribute("aria-label", names[label.htmlFor]);
      var sync = function () { label.setAttribute("aria-expanded", String(box.checked)); };
      sync();
      box.addEventListener("change", sync);
      label.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          box.click();
        }
      });
    })(labels[i]);
  }
})();
