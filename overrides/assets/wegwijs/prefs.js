/* Wegwijs reading help: letter size and strong contrast, kept in localStorage so they stay on
   every page. The inline script in main.html applies them before the first paint. */
(function () {
  "use strict";
  var KEY = "wegwijs.voorkeuren";
  var SIZES = ["normaal", "groot", "grootst"];
  var root = document.documentElement;

  function load() {
    try {
      return JSON.parse(localStorage.getItem(KEY) || "{}") || {};
    } catch (error) {
      return {};
    }
  }

  function save(prefs) {
    try {
      localStorage.setItem(KEY, JSON.stringify(prefs));
    } catch (error) {
      /* Private mode or full storage: the choice still holds on this page. */
    }
  }

  function apply(prefs) {
    var size = SIZES.indexOf(prefs.size) >= 0 ? prefs.size : "normaal";
    if (size === "normaal") root.removeAttribute("data-ww-size");
    else root.setAttribute("data-ww-size", size);
    if (prefs.contrast) root.setAttribute("data-ww-contrast", "hoog");
    else root.removeAttribute("data-ww-contrast");
    document.querySelectorAll("[data-ww-set-size]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-ww-set-size") === size));
    });
    document.querySelectorAll("[data-ww-toggle-contrast]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(Boolean(prefs.contrast)));
    });
  }

  var prefs = load();
  apply(prefs);
  document.querySelectorAll("[data-ww-set-size]").forEach(function (button) {
    button.addEventListener("click", function () {
      prefs.size = button.getAttribute("data-ww-set-size");
      save(prefs);
      apply(prefs);
    });
  });
  document.querySelectorAll("[data-ww-toggle-contrast]").forEach(function (button) {
    button.addEventListener("click", function () {
      prefs.contrast = !prefs.contrast;
      save(prefs);
      apply(prefs);
    });
  });
  document.querySelectorAll("[data-ww-prefs]").forEach(function (bar) {
    bar.hidden = false;
  });
  /* On a phone the reading help folds behind one button (CSS hides the group until it is open). */
  document.querySelectorAll("[data-ww-prefs-toggle]").forEach(function (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      toggle.setAttribute("aria-expanded", String(toggle.getAttribute("aria-expanded") !== "true"));
    });
  });
  /* Material's menu and search icons on a small screen are labels a keyboard cannot reach. */
  [["__drawer", "Menu"], ["__search", "Zoeken"]].forEach(function (pair) {
    document.querySelectorAll("label.md-header__button[for=" + pair[0] + "]").forEach(function (label) {
      label.setAttribute("role", "button");
      label.setAttribute("tabindex", "0");
      label.setAttribute("aria-label", pair[1]);
      label.addEventListener("keydown", function (event) {
        if (event.key === "Enter" || event.key === " ") {
          event.preventDefault();
          label.click();
        }
      });
    });
  });
  /* A wide table scrolls sideways; keyboard users need to reach it (Material adds the wrapper later). */
  var labelScrollers = function () {
    document.querySelectorAll(".md-typeset__scrollwrap:not([tabindex])").forEach(function (wrap) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Tabel, schuif opzij om alles te zien");
    });
  };
  labelScrollers();
  var article = document.getElementById("inhoud");
  if (article && "MutationObserver" in window) {
    new MutationObserver(labelScrollers).observe(article, { childList: true, subtree: true });
  }
  /* The kiosk clears storage when a visitor walks away; it calls this to drop the choices too. */
  window.wegwijsPrefsReset = function () {
    prefs = {};
    apply(prefs);
  };
})();
