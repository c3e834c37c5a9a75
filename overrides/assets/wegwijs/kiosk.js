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
  /* One utterance per sentence, so the sentence being read can be marked (CSS Custom Highlight,
     plus an outline on its paragraph: not colour alone) and scrolled into view. */
  var box = document.querySelector("[data-ww-readaloud]");
  if (!box || !("speechSynthesis" in window)) return;
  var synth = window.speechSynthesis;
  var startButton = box.querySelector("[data-ww-read-start]");
  var pauseButton = box.querySelector("[data-ww-read-pause]");
  var stopButton = box.querySelector("[data-ww-read-stop]");
  var slowButton = box.querySelector("[data-ww-read-slow]");
  /* A voice of the page's own language (a translated sheet is lang="fr", "ar" ...), Belgian first. */
  var pageLang = (document.documentElement.lang || "nl").toLowerCase().split("-")[0];
  var PREFERRED = [pageLang + "-be", pageLang + "-" + pageLang, pageLang];
  var TEXT = "h1, h2, h3, h4, p, li, dt, dd, th, td, .admonition-title, summary";
  var RATE = 0.9;
  var SLOW_RATE = 0.65;
  var voice = null;
  var queue = [];
  var current = -1;
  var marked = null;
  var highlights = window.CSS && CSS.highlights && typeof Highlight === "function";

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

  /* No Dutch voice: the buttons stay hidden and the page says nothing; the launcher tells staff. */
  var offer = function () {
    voice = pageVoice();
    box.hidden = !voice;
    if (voice) box.setAttribute("data-voice", voice.name + " (" + voice.lang + ")");
  };

  /* The visible text nodes of an element, and where each starts in their joined text. */
  var textNodes = function (el) {
    var nodes = [];
    var text = "";
    var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement.closest("[hidden], .ww-term__uitleg, .ww-qr__box")
          ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) {
      nodes.push({ node: walker.currentNode, start: text.length });
      text += walker.currentNode.textContent;
    }
    return { nodes: nodes, text: text };
  };

  var rangeOf = function (nodes, start, end) {
    var range = document.createRange();
    var place = function (offset, setter) {
      for (var i = nodes.length - 1; i >= 0; i -= 1) {
        if (nodes[i].start <= offset) {
          range[setter](nodes[i].node, Math.min(offset - nodes[i].start, nodes[i].node.textContent.length));
          return;
        }
      }
    };
    place(start, "setStart");
    place(end, "setEnd");
    return range;
  };

  var sentences = function () {
    var article = document.getElementById("inhoud");
    if (!article) return [];
    var segmenter = typeof Intl !== "undefined" && Intl.Segmenter ? new Intl.Segmenter("nl", { granularity: "sentence" }) : null;
    var out = [];
    Array.prototype.filter.call(article.querySelectorAll(TEXT), function (el) {
      return !el.closest("nav, [hidden], .ww-readaloud, .ww-qr__box, .ww-term__uitleg") && !el.querySelector(TEXT);
    }).forEach(function (el) {
      var found = textNodes(el);
      var parts = segmenter ? Array.from(segmenter.segment(found.text), function (s) { return [s.index, s.segment]; })
        : [[0, found.text]];
      parts.forEach(function (part) {
        var spoken = part[1].replace(/\s+/g, " ").trim();
        if (!spoken) return;
        out.push({ el: el, text: spoken, range: rangeOf(found.nodes, part[0], part[0] + part[1].length) });
      });
    });
    return out;
  };

  var mark = function (item) {
    if (marked) marked.classList.remove("ww-reading");
    marked = item ? item.el : null;
    if (highlights) {
      if (item) CSS.highlights.set("ww-voorlezen", new Highlight(item.range));
      else CSS.highlights.delete("ww-voorlezen");
    }
    if (!item) return;
    item.el.classList.add("ww-reading");
    var rect = item.range.getBoundingClientRect();
    if (rect.top < 80 || rect.bottom > window.innerHeight - 80) {
      window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: "smooth" });
    }
  };

  var setState = function (state) {
    /* idle | reading | paused */
    box.setAttribute("data-state", state);
    startButton.hidden = state !== "idle";
    pauseButton.hidden = state === "idle";
    stopButton.hidden = state === "idle";
    var label = pauseButton.querySelector("span");
    /* The words come from the page (translated with the rest of the interface). */
    label.textContent = pauseButton.getAttribute(state === "paused" ? "data-label-resume" : "data-label-pause");
  };

  var finish = function () {
    mark(null);
    queue = [];
    current = -1;
    box.removeAttribute("data-reading");
    setState("idle");
  };

  var speakFrom = function (first) {
    synth.cancel();
    var rate = slowButton.getAttribute("aria-pressed") === "true" ? SLOW_RATE : RATE;
    /* All at once: Chromium speaks the queue without a gap; each sentence marks itself when it starts. */
    queue.slice(first).forEach(function (item, offset) {
      var utterance = new SpeechSynthesisUtterance(item.text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = rate;
      utterance.onstart = function () { current = first + offset; mark(item); };
      if (first + offset === queue.length - 1) utterance.onend = finish;
      synth.speak(utterance);
    });
    current = first;
    mark(queue[first]);
    box.setAttribute("data-reading", voice.lang);
    box.setAttribute("data-rate", String(rate));
    setState("reading");
  };

  startButton.addEventListener("click", function () {
    if (!voice) return;
    queue = sentences();
    if (!queue.length) return;
    speakFrom(0);
    stopButton.focus();
  });
  pauseButton.addEventListener("click", function () {
    if (box.getAttribute("data-state") === "paused") {
      synth.resume();
      setState("reading");
    } else {
      synth.pause();
      setState("paused");
    }
  });
  stopButton.addEventListener("click", function () {
    synth.cancel();
    finish();
    startButton.focus();
  });
  slowButton.addEventListener("click", function () {
    slowButton.setAttribute("aria-pressed", String(slowButton.getAttribute("aria-pressed") !== "true"));
    /* Reading now: go on from the same sentence at the new speed. */
    if (box.getAttribute("data-state") === "reading" && current >= 0) speakFrom(current);
  });
  window.addEventListener("pagehide", function () { synth.cancel(); });
  setState("idle");
  offer();
  if (typeof synth.addEventListener === "function") synth.addEventListener("voiceschanged", offer);
})();
