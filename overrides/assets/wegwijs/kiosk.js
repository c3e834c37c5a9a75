/* Wegwijs kiosk: the idle timer (warn, then clear everything and go back to the start) and the
   read-aloud buttons on a sheet (Web Speech API with a voice of the page's language). */
(function () {
  "use strict";

  /* ---- Idle timer ------------------------------------------------------------------------ */
  var dialog = document.querySelector("[data-ww-idle]");
  if (dialog && typeof dialog.showModal === "function") {
    var idleMs = Math.max(1, Number(dialog.getAttribute("data-idle-seconds")) || 120) * 1000;
    var warningSeconds = Math.max(1, Number(dialog.getAttribute("data-warning-seconds")) || 30);
    var home = new URL(dialog.getAttribute("data-home") || "/", location.href);
    var count = dialog.querySelector("[data-ww-idle-count]");
    var stay = dialog.querySelector("[data-ww-idle-stay]");
    var idleTimer = null;
    var countdown = null;
    var left = 0;
    var touched = false;

    var atHome = function () {
      return location.pathname.replace(/index\.html$/, "") === home.pathname.replace(/index\.html$/, "");
    };

    var arm = function () {
      clearTimeout(idleTimer);
      idleTimer = setTimeout(warn, idleMs);
    };

    var warn = function () {
      var speaking = "speechSynthesis" in window && window.speechSynthesis.speaking;
      /* A visitor who listens to a sheet is still there; nothing to clear on an untouched start page. */
      if (speaking || (atHome() && !touched && !sessionStorage.length && !localStorage.length)) {
        arm();
        return;
      }
      left = warningSeconds;
      count.textContent = String(left);
      dialog.showModal();
      stay.focus();
      countdown = setInterval(function () {
        left -= 1;
        count.textContent = String(Math.max(left, 0));
        if (left <= 0) reset();
      }, 1000);
    };

    var stayHere = function () {
      clearInterval(countdown);
      countdown = null;
      if (dialog.open) dialog.close();
      arm();
    };

    var reset = function () {
      clearInterval(countdown);
      try { localStorage.clear(); } catch (error) { /* storage switched off: nothing to clear */ }
      try { sessionStorage.clear(); } catch (error) { /* idem */ }
      var query = document.querySelector("[data-md-component=search-query]");
      if (query) query.value = "";
      var searchToggle = document.getElementById("__search");
      if (searchToggle) searchToggle.checked = false;
      if ("speechSynthesis" in window) window.speechSynthesis.cancel();
      if (window.wegwijsPrefsReset) window.wegwijsPrefsReset();
      location.replace(home.href);
    };

    stay.addEventListener("click", stayHere);
    dialog.addEventListener("cancel", function (event) {
      event.preventDefault();
      stayHere();
    });
    ["pointerdown", "keydown", "wheel", "touchstart", "input", "scroll"].forEach(function (name) {
      document.addEventListener(name, function () {
        touched = true;
        if (dialog.open) {
          /* Any touch during the warning counts as "I am still here" (the button is just the big target). */
          if (name === "pointerdown" || name === "keydown" || name === "touchstart") stayHere();
          return;
        }
        arm();
      }, { capture: true, passive: true });
    });
    arm();
  }

  /* ---- Read aloud ------------------------------------------------------------------------ */
  var box = document.querySelector("[data-ww-readaloud]");
  if (!box || !("speechSynthesis" in window)) return;
  var synth = window.speechSynthesis;
  var startButton = box.querySelector("[data-ww-read-start]");
  var stopButton = box.querySelector("[data-ww-read-stop]");
  /* A voice of the page's own language (a translated sheet is lang="fr", "ar" ...), Belgian first. */
  var pageLang = (document.documentElement.lang || "nl").toLowerCase().split("-")[0];
  var PREFERRED = [pageLang + "-be", pageLang + "-" + pageLang, pageLang];
  var TEXT = "h1, h2, h3, h4, p, li, dt, dd, th, td, .admonition-title, summary";
  var voice = null;

  var pageVoice = function () {
    var voices = synth.getVoices();
    var norm = function (v) { return (v.lang || "").toLowerCase().replace("_", "-"); };
    for (var i = 0; i < PREFERRED.length; i += 1) {
      var wanted = PREFERRED[i];
      var matches = voices.filter(function (v) {
        return wanted === pageLang ? norm(v) === pageLang || norm(v).indexOf(pageLang + "-") === 0 : norm(v) === wanted;
      });
      /* Plain voices before espeak's variants ("Dutch+Adam"). */
      matches.sort(function (a, b) { return (a.name.indexOf("+") >= 0) - (b.name.indexOf("+") >= 0); });
      if (matches.length) return matches[0];
    }
    return null;
  };

  var offer = function () {
    voice = pageVoice();
    box.hidden = !voice;
    if (voice) box.setAttribute("data-voice", voice.name + " (" + voice.lang + ")");
  };

  var chunks = function () {
    var article = document.getElementById("inhoud");
    if (!article) return [];
    return Array.prototype.filter.call(article.querySelectorAll(TEXT), function (el) {
      return !el.closest("nav, [hidden], .ww-readaloud, .ww-qr__box") && !el.querySelector(TEXT);
    }).map(function (el) {
      return el.innerText.replace(/\s+/g, " ").trim();
    }).filter(Boolean);
  };

  var showSpeaking = function (speaking) {
    startButton.hidden = speaking;
    stopButton.hidden = !speaking;
    (speaking ? stopButton : startButton).focus();
  };

  startButton.addEventListener("click", function () {
    if (!voice) return;
    synth.cancel();
    var parts = chunks();
    /* One utterance per paragraph: Chromium stops long utterances after about 15 seconds. */
    parts.forEach(function (text, index) {
      var utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = 0.9;
      if (index === parts.length - 1) utterance.onend = function () { showSpeaking(false); };
      synth.speak(utterance);
    });
    box.setAttribute("data-reading", voice.lang);
    showSpeaking(true);
  });
  stopButton.addEventListener("click", function () {
    synth.cancel();
    box.removeAttribute("data-reading");
    showSpeaking(false);
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });
  offer();
  if (typeof synth.addEventListener === "function") synth.addEventListener("voiceschanged", offer);
})();
