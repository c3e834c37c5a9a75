/* Wegwijs live preview (only during `mkdocs serve`): mark each finding's sentence in the page.
 *
 * The server puts the findings as JSON in the box at the top of the article. Each finding carries the
 * plain text of its sentence; we look for that text in the page's text nodes (whitespace-insensitive),
 * wrap it in <mark> with a numbered badge and put the hint after the block it sits in. A finding whose
 * text is not found stays listed in the box, with its line number, so nothing is lost.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "wegwijs.preview.hidden";
  var BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, summary, figcaption";
  var SKIP = "script, style, .ww-preview, .ww-hints, .ww-badge, .headerlink, .md-source-file, pre";
  var SEVERITY = { error: "Fout", warning: "Waarschuwing", info: "Tip" };

  function textIndex(root) {
    /* All visible text of root as one whitespace-collapsed string, with each character's node and offset. */
    var chars = [];
    var text = "";
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        var parent = node.parentElement;
        return parent && parent.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var lastSpace = true;
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var value = node.nodeValue;
      for (var i = 0; i < value.length; i++) {
        var space = /\s/.test(value[i]);
        if (space && lastSpace) continue;
        text += space ? " " : value[i];
        chars.push({ node: node, offset: i });
        lastSpace = space;
      }
    }
    return { text: text, chars: chars };
  }

  function normalise(text) {
    return (text || "").replace(/\s+/g, " ").trim();
  }

  function find(index, needle, from) {
    var at = index.text.indexOf(needle, from);
    return at >= 0 ? at : index.text.indexOf(needle);
  }

  function wrap(index, start, end, item) {
    /* Wrap characters [start, end) in <mark>s, one per text node they span. Returns the marks. */
    var pieces = [];
    var i = start;
    while (i < end) {
      var node = index.chars[i].node;
      var first = index.chars[i].offset;
      var last = first;
      while (i < end && index.chars[i].node === node) {
        last = index.chars[i].offset;
        i++;
      }
      pieces.push({ node: node, from: first, to: last + 1 });
    }
    return pieces.map(function (piece) {
      var node = piece.node;
      if (piece.to < node.nodeValue.length) node.splitText(piece.to);
      var target = piece.from > 0 ? node.splitText(piece.from) : node;
      var mark = document.createElement("mark");
      mark.className = "ww-mark ww-mark--" + item.severity;
      mark.setAttribute("data-ww-finding", item.n);
      target.parentNode.insertBefore(mark, target);
      mark.appendChild(target);
      return mark;
    });
  }

  function badge(item) {
    var link = document.createElement("a");
    link.className = "ww-badge ww-badge--" + item.severity;
    link.href = "#ww-hint-" + item.n;
    link.id = "ww-mark-" + item.n;
    link.innerHTML = '<span class="ww-sr">tip </span>' + item.n;
    return link;
  }

  function hint(item) {
    var box = document.createElement("p");
    box.className = "ww-hint ww-hint--" + item.severity;
    box.id = "ww-hint-" + item.n;
    var head = document.createElement("strong");
    head.textContent = item.n + " · " + (SEVERITY[item.severity] || "Tip") + " · " + item.code + " ";
    box.appendChild(head);
    box.appendChild(document.createTextNode(item.message));
    if (item.suggestion) {
      var tip = document.createElement("span");
      tip.className = "ww-hint__suggestion";
      tip.textContent = " Probeer: " + item.suggestion;
      box.appendChild(tip);
    }
    return box;
  }

  function hintsAfter(block) {
    /* The hint list that belongs to a block: inside list items and cells, after anything else. */
    var inside = block.matches("li, td, th, dd, dt, summary");
    var sibling = inside ? block.lastElementChild : block.nextElementSibling;
    if (sibling && sibling.classList.contains("ww-hints")) return sibling;
    var list = document.createElement("div");
    list.className = "ww-hints";
    if (inside) block.appendChild(list);
    else block.insertAdjacentElement("afterend", list);
    return list;
  }

  function place(article, item, from) {
    var needle = normalise(item.text);
    if (!needle) return -1;
    var index = textIndex(article);
    var start = find(index, needle, from);
    if (start < 0) {
      // Masked markup can leave a space before a full stop ("fiche ."): the page has none.
      needle = needle.replace(/ ([.,!?;:)])/g, "$1");
      start = find(index, needle, from);
    }
    if (start < 0) return -1;
    var end = start + needle.length;
    var marks = wrap(index, start, end, item);
    var last = marks[marks.length - 1];
    last.insertAdjacentElement("afterend", badge(item));
    var block = marks[0].closest(BLOCKS) || marks[0].parentElement;
    hintsAfter(block).appendChild(hint(item));
    return end;
  }

  function setHidden(box, hidden) {
    document.documentElement.classList.toggle("ww-preview-hidden", hidden);
    var button = box.querySelector(".ww-preview__toggle");
    button.setAttribute("aria-pressed", hidden ? "true" : "false");
    button.textContent = hidden ? "Toon de tips" : "Verberg de tips";
    try {
      if (hidden) localStorage.setItem(STORAGE_KEY, "1");
      else localStorage.removeItem(STORAGE_KEY);
    } catch (e) { /* storage may be off: the button still works for this page */ }
  }

  function init() {
    var box = document.querySelector(".ww-preview");
    if (!box || box.getAttribute("data-ww-ready")) return;
    box.setAttribute("data-ww-ready", "1");
    var article = box.closest("article") || document.body;
    var data = JSON.parse(box.querySelector(".ww-preview__data").textContent);
    var from = 0;
    var unplaced = 0;
    data.findings.forEach(function (item) {
      var end = place(article, item, from);
      var entry = box.querySelector('[data-ww-item="' + item.n + '"]');
      if (end >= 0) {
        from = end;
        if (entry) entry.querySelector(".ww-preview__where").innerHTML =
          '<a href="#ww-mark-' + item.n + '">ga naar de zin</a>';
      } else {
        unplaced++;
        if (entry) entry.classList.add("ww-preview__item--unplaced");
      }
    });
    var note = box.querySelector(".ww-preview__unplaced");
    if (note && unplaced) {
      note.hidden = false;
      note.textContent = unplaced === 1
        ? "1 tip staat niet bij een zin. Je vindt hem in de lijst hieronder."
        : unplaced + " tips staan niet bij een zin. Je vindt ze in de lijst hieronder.";
      box.querySelector("details").open = true;
    }
    box.setAttribute("data-ww-placed", String(data.findings.length - unplaced));
    var button = box.querySelector(".ww-preview__toggle");
    button.hidden = false;
    button.addEventListener("click", function () {
      setHidden(box, button.getAttribute("aria-pressed") !== "true");
    });
    var stored = false;
    try { stored = localStorage.getItem(STORAGE_KEY) === "1"; } catch (e) { stored = false; }
    setHidden(box, stored);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init); // Material's instant navigation swaps pages without a reload
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
