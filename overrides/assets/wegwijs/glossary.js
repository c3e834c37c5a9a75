/* Wegwijs: a glossary term opens its explanation in place (a disclosure button, see
   wegwijs/glossary_marks.py). Tap, click, Enter or Space open it and close it again; Escape closes it. */
(function () {
  "use strict";
  var toggle = function (button, open) {
    var panel = document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) return;
    button.setAttribute("aria-expanded", open ? "true" : "false");
    panel.hidden = !open;
  };
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-ww-term]") : null;
    if (!button) return;
    toggle(button, button.getAttribute("aria-expanded") !== "true");
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var button = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest("[data-ww-term]") : null;
    if (button && button.getAttribute("aria-expanded") === "true") toggle(button, false);
  });
})();
