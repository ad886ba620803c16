/* Escape closes the glossary tooltips.
 *
 * WCAG 2.1 SC 1.4.13 (content on hover or focus) requires that such content can
 * be dismissed without moving the pointer or the focus. Material's tooltips
 * (content.tooltips) stay open on Escape, and Material has no option for it.
 * A dismissed tooltip stays hidden while the pointer or the focus stays on its
 * term; once both have left, it shows as usual the next time.
 */
(function () {
  "use strict";

  var ACTIVE = "md-tooltip2--active";
  var DISMISSED = "kb-tooltip-dismissed";

  // Show the tooltip again once neither the pointer nor the focus is on its
  // term any more (Material may keep it open a moment longer, or reopen it).
  function restoreWhenLeft(tooltip) {
    var term = document.querySelector('[aria-describedby~="' + tooltip.id + '"]');
    if (!term) return;
    function check(event) {
      var hovered = event.type !== "mouseleave" && term.matches(":hover");
      var focused = event.type === "focusout" ? term.contains(event.relatedTarget)
                                              : term.contains(document.activeElement);
      if (hovered || focused) return;
      tooltip.classList.remove(DISMISSED);
      term.removeEventListener("mouseleave", check);
      term.removeEventListener("focusout", check);
    }
    term.addEventListener("mouseleave", check);
    term.addEventListener("focusout", check);
  }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var open = document.querySelectorAll("." + ACTIVE + ":not(." + DISMISSED + ")");
    for (var i = 0; i < open.length; i++) {
      open[i].classList.add(DISMISSED);
      restoreWhenLeft(open[i]);
    }
  });
})();
