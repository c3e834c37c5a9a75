/* Wegwijs live preview (only during `mkdocs serve`): mark each finding in the page, in reading order.
 *
 * The server puts the findings as JSON in the box at the top of the article, numbered in reading
 * order. Each finding carries the plain text of its sentence and, for a finding about words, the
 * first and last of those words. We look for the sentence in the page's text (whitespace-insensitive),
 * give it a soft background, underline the finding's words in it and put the number right after
 * them; a finding about the whole sentence gets its number after the sentence. Findings about the
 * whole page (and any whose sentence cannot be found) get their number and hint at the page's title.
 * The hints follow the block they belong to, in the same order as the numbers.
 */
(function () {
  "use strict";

  var STORAGE_KEY = "wegwijs.preview.hidden";
  var BLOCKS = "p, li, h1, h2, h3, h4, h5, h6, td, th, dt, dd, blockquote, summary, figcaption";
  /* A glossary term's explanation (hidden until tapped, see glossary.js) is not part of the sentence. */
  var SKIP = "script, style, .ww-preview, .ww-hints, .ww-badge, .headerlink, .md-source-file, pre, [data-ww-term-uitleg]";
  var SEVERITY = { error: "Fout", warning: "Waarschuwing", info: "Tip" };
  var LETTER = /[0-9A-Za-z\u00C0-\u024F]/;

  function textIndex(root) {
    /* All visible text of root as one whitespace-collapsed string, with each character's node and offset.
     * Badges and hints are skipped, so offsets into this text stay the same while we add them. */
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

  function findSentence(index, needle, from) {
    var at = index.text.indexOf(needle, from);
    if (at < 0) at = index.text.indexOf(needle);
    if (at < 0) {
      // Masked markup can leave a space before a full stop ("fiche ."): the page has none.
      needle = needle.replace(/ ([.,!?;:)])/g, "$1");
      at = index.text.indexOf(needle, from);
      if (at < 0) at = index.text.indexOf(needle);
    }
    return at < 0 ? null : { start: at, end: at + needle.length };
  }

  function findWord(text, word, from, to) {
    /* The word as a whole word (not inside a longer one) in text[from, to). */
    var at = text.indexOf(word, from);
    while (at >= 0 && at + word.length <= to) {
      var before = at > 0 ? text[at - 1] : " ";
      var after = text[at + word.length] || " ";
      if (!LETTER.test(before) && !LETTER.test(after)) return at;
      at = text.indexOf(word, at + 1);
    }
    return -1;
  }

  function wrap(root, start, end, className, number) {
    /* Wrap characters [start, end) of root's text in <mark>s, one per text node they span. */
    var index = textIndex(root);
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
      mark.className = className;
      if (number) mark.setAttribute("data-ww-finding", number);
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

  function putAfter(element, node) {
    /* After element and the numbers already there, so numbers at one spot stay in order. A mark on a
     * glossary term sits inside its button: the number goes after the whole term (button and
     * explanation), as a link cannot sit inside a button. */
    var anchor = element.closest(".ww-term") || element;
    while (anchor.nextSibling && anchor.nextSibling.nodeType === 1 && anchor.nextSibling.classList.contains("ww-badge")) {
      anchor = anchor.nextSibling;
    }
    anchor.parentNode.insertBefore(node, anchor.nextSibling);
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

  function Placer(article, box) {
    this.article = article;
    this.box = box;
    this.from = 0;
    this.sentence = null; // the last sentence marked: { needle, start, end, cursor, marks }
    this.title = article.querySelector("h1");
  }

  Placer.prototype.atTitle = function (item) {
    /* A finding about the whole page: its number and hint right under the page's title. */
    var list = this.titleHints;
    if (!list) {
      list = this.titleHints = document.createElement("div");
      list.className = "ww-hints ww-hints--page";
      if (this.title) this.title.insertAdjacentElement("afterend", list);
      else this.box.insertAdjacentElement("afterend", list);
    }
    var entry = hint(item);
    entry.id = "ww-mark-" + item.n; // where the box's list links to
    list.appendChild(entry);
  };

  Placer.prototype.sentenceOf = function (item) {
    var needle = normalise(item.text);
    if (!needle) return null;
    if (this.sentence && this.sentence.needle === needle) return this.sentence;
    var index = textIndex(this.article);
    var found = findSentence(index, needle, this.from);
    if (!found) return null;
    found.needle = needle;
    found.text = index.text;
    found.cursor = found.start;
    found.marks = wrap(this.article, found.start, found.end, "ww-sentence");
    this.from = found.end;
    this.sentence = found;
    return found;
  };

  Placer.prototype.place = function (item) {
    /* Returns true when the finding is marked in the text, false when it went to the title. */
    var sentence = item.scope === "page" ? null : this.sentenceOf(item);
    if (!sentence) {
      this.atTitle(item);
      return item.scope === "page";
    }
    var words = item.words || [];
    var after = null;
    if (item.scope === "word" && words.length) {
      var start = findWord(sentence.text, words[0], sentence.cursor, sentence.end);
      if (start < 0) start = findWord(sentence.text, words[0], sentence.start, sentence.end);
      var last = words[words.length - 1];
      var end = start < 0 ? -1 : findWord(sentence.text, last, start + (words.length > 1 ? words[0].length : 0), sentence.end);
      if (start >= 0 && end >= 0) {
        var marks = wrap(this.article, start, end + last.length, "ww-mark ww-mark--" + item.severity, item.n);
        after = marks[marks.length - 1];
        sentence.cursor = start;
      }
    }
    if (!after) {
      after = sentence.marks[sentence.marks.length - 1];
      sentence.marks.forEach(function (mark) { mark.classList.add("ww-sentence--whole"); });
    }
    putAfter(after, badge(item));
    var block = sentence.marks[0].closest(BLOCKS) || sentence.marks[0].parentElement;
    hintsAfter(block).appendChild(hint(item));
    return true;
  };

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
    var placer = new Placer(article, box);
    var inText = 0;
    var atTitle = 0;
    data.findings.forEach(function (item) {
      if (placer.place(item) && item.scope !== "page") inText++;
      else atTitle++;
    });
    var note = box.querySelector(".ww-preview__page");
    if (note && atTitle) {
      note.hidden = false;
      note.textContent = atTitle === 1
        ? "1 tip gaat over de hele pagina. Je vindt hem onder de titel."
        : atTitle + " tips gaan over de hele pagina. Je vindt ze onder de titel.";
    }
    box.setAttribute("data-ww-placed", String(inText));
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
