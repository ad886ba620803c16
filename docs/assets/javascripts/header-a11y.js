/* Accessibility fixes for Material for MkDocs' header.
 *
 * 1. The menu and search buttons are <label>s for hidden checkboxes. A label
 *    cannot be reached with Tab or pressed with a key, so on a phone-width
 *    screen the navigation could not be opened from a keyboard. Each label gets
 *    a real, named <button> inside it that toggles the checkbox, with
 *    aria-expanded kept in step with it.
 * 2. The search panel has role="dialog" but no name; it gets one.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var names = { __drawer: script.getAttribute("data-menu"), __search: script.getAttribute("data-search") };

  var labels = /** @type {NodeListOf<HTMLLabelElement>} */ (document.querySelectorAll(".md-header label.md-header__button[for]"));
  for (var i = 0; i < labels.length; i++) {
    (function (/** @type {HTMLLabelElement} */ label) {
      var box = /** @type {HTMLInputElement | null} */ (document.getElementById(label.htmlFor));
      if (!box || !names[label.htmlFor]) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kb-header-button";
      button.setAttribute("aria-label", names[label.htmlFor]);
      while (label.firstChild) button.appendChild(label.firstChild);
      label.appendChild(button);
      var sync = function () { button.setAttribute("aria-expanded", String(box.checked)); };
      sync();
      box.addEventListener("change", sync);
      button.addEventListener("click", function (event) {
        event.preventDefault(); // the label would toggle the checkbox a second time
        box.click();
        sync();
      });
    })(labels[i]);
  }

  var dialog = document.querySelector(".md-search[role=dialog]");
  if (dialog && names.__search) dialog.setAttribute("aria-label", names.__search);
})();
