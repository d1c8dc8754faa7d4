/* chungtay search: diacritic-insensitive, offline (file://), no dependencies.
 *
 * The index (search/chungtay-index.js, written at build time) holds each page section's
 * location, title and plain text. Matching runs on folded text (no tones, đ→d, lower case);
 * folding keeps one character per character, so a match in the folded text is a match at the
 * same place in the original, which is how results are highlighted. */
(function () {
  "use strict";
  var form = document.forms.namedItem("chungtay-search");
  if (!form) return;
  var input = form.elements.namedItem("q");
  var output = document.getElementById("ct-search-results");
  var meta = output.querySelector(".md-search-result__meta");
  var list = output.querySelector(".md-search-result__list");
  var words = JSON.parse(form.getAttribute("data-words"));
  var base = form.getAttribute("data-base");
  var toggle = document.getElementById("__search");
  var docs = null, loading = false, pending = false;

  function fold(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) {
      var c = s[i], d = c.normalize("NFD")[0];
      if (c === "đ" || c === "Đ") d = "d";
      var low = d.toLowerCase();
      out += low.length === 1 ? low : d;  /* one character for one: positions stay aligned */
    }
    return out;
  }
  function lower(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) { var l = s[i].toLowerCase(); out += l.length === 1 ? l : s[i]; }
    return out;
  }
  function tokens(q) {
    return (q.normalize("NFC").match(/[\p{L}\p{N}]+/gu) || []).slice(0, 12);
  }
  function escape(s) {
    return s.replace(/[&<>"]/g, function (c) { return {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[c]; });
  }

  function load() {
    if (docs || loading) return;
    loading = true;
    var script = document.createElement("script");
    script.src = form.getAttribute("data-index");
    script.onload = function () {
      docs = (window.chungtaySearchIndex || []).map(function (d) {
        return {l: d.l, t: d.t, p: d.p || "", x: d.x, ft: fold(d.t), fx: fold(d.x), lt: lower(d.t), lx: lower(d.x)};
      });
      if (pending) search();
    };
    document.head.appendChild(script);
  }

  /* Where `needle` starts a word of `hay` (a word typed in part still matches: "giac" finds
     "giác", not the middle of another word). */
  function find(hay, needle, from) {
    var i = hay.indexOf(needle, from || 0);
    while (i > 0 && /[\p{L}\p{N}]/u.test(hay[i - 1])) i = hay.indexOf(needle, i + 1);
    return i;
  }
  function count(hay, needle) {
    var n = 0, i = find(hay, needle);
    while (i !== -1 && n < 50) { n++; i = find(hay, needle, i + needle.length); }
    return n;
  }

  function score(doc, q) {
    /* Every word must be there (folded). Then: the whole phrase, words in the title, and words
       as typed with their diacritics all weigh more. */
    var s = 0;
    for (var i = 0; i < q.folded.length; i++) {
      var w = q.folded[i], inTitle = find(doc.ft, w) !== -1, inText = count(doc.fx, w);
      if (!inTitle && !inText) return 0;
      s += (inTitle ? 20 : 0) + Math.min(inText, 10);
      if (q.accented[i]) s += (find(doc.lt, q.exact[i]) !== -1 ? 30 : 0) + 3 * Math.min(count(doc.lx, q.exact[i]), 10);
    }
    if (q.folded.length > 1) {
      if (find(doc.ft, q.phrase) !== -1) s += 60;
      if (find(doc.fx, q.phrase) !== -1) s += 40 + 10 * Math.min(count(doc.fx, q.phrase), 5);
      if (q.anyAccent && (doc.lt + " " + doc.lx).indexOf(q.exactPhrase) !== -1) s += 50;
    }
    return s;
  }

  function highlight(text, folded, q, limit) {
    /* Mark every occurrence of each word; show a window of the text around the first one. */
    var marks = [];
    q.folded.forEach(function (w) {
      var i = find(folded, w);
      while (i !== -1) { marks.push([i, i + w.length]); i = find(folded, w, i + w.length); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    var start = 0, end = text.length;
    if (limit && text.length > limit) {
      var phrase = q.folded.length > 1 ? find(folded, q.phrase) : -1;  /* show the phrase if it is there */
      var first = phrase !== -1 ? phrase : marks.length ? marks[0][0] : 0;
      start = Math.max(0, first - 60);
      end = Math.min(text.length, start + limit);
      /* Cut between words, never inside one. */
      if (start > 0) { var space = text.indexOf(" ", start); start = space !== -1 && space < first ? space + 1 : first; }
      if (end < text.length) { var back = text.lastIndexOf(" ", end); if (back > first) end = back; }
    }
    var out = start > 0 ? "… " : "", pos = start;
    marks.forEach(function (m) {
      if (m[0] < pos || m[1] > end) return;
      out += escape(text.slice(pos, m[0])) + "<mark>" + escape(text.slice(m[0], m[1])) + "</mark>";
      pos = m[1];
    });
    return out + escape(text.slice(pos, end)) + (end < text.length ? " …" : "");
  }

  function search() {
    var raw = input.value.slice(0, 200), words_ = tokens(raw);
    list.innerHTML = "";
    if (!raw.trim()) { meta.textContent = words.start; return; }
    if (!words_.length) { meta.textContent = words.short; return; }
    if (!docs) { pending = true; load(); return; }
    var q = {folded: [], exact: [], accented: []};
    words_.forEach(function (w) {
      var f = fold(w);
      if (!f) return;
      q.folded.push(f); q.exact.push(lower(w)); q.accented.push(lower(w) !== f);
    });
    if (!q.folded.length) { meta.textContent = words.short; return; }
    q.phrase = q.folded.join(" ");
    q.exactPhrase = q.exact.join(" ");
    q.anyAccent = q.accented.some(Boolean);
    var hits = [];
    docs.forEach(function (d) { var s = score(d, q); if (s > 0) hits.push([s, d]); });
    hits.sort(function (a, b) { return b[0] - a[0]; });
    meta.textContent = !hits.length ? words.none : hits.length === 1 ? words.one : words.many.replace("{n}", hits.length);
    hits.slice(0, 20).forEach(function (h) {
      var d = h[1], li = document.createElement("li");
      li.className = "md-search-result__item";
      li.innerHTML = '<a class="md-search-result__link" href="' + escape(base + d.l) + '">' +
        '<article class="md-search-result__article md-typeset">' +
        (d.p ? '<p class="ct-search__page">' + escape(d.p) + "</p>" : "") +
        "<h1>" + highlight(d.t, d.ft, q, 0) + "</h1>" +
        "<p>" + highlight(d.x, d.fx, q, 180) + "</p></article></a>";
      list.appendChild(li);
    });
  }

  var timer = null;
  input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(search, 80); });
  /* On a wide screen the box sits in the header: focusing it opens the results panel, as
     Material's own search did (on a phone the magnifier opens it). */
  function open() {
    load();
    if (toggle && !toggle.checked) { toggle.checked = true; toggle.dispatchEvent(new Event("change")); }
  }
  input.addEventListener("focus", open);
  input.addEventListener("input", open);
  form.addEventListener("submit", function (e) { e.preventDefault(); search(); });
  form.addEventListener("reset", function () { setTimeout(search, 0); });
  if (toggle) toggle.addEventListener("change", function () {
    if (toggle.checked) { load(); setTimeout(function () { input.focus(); }, 50); }
  });
  document.addEventListener("keydown", function (e) {
    if (!toggle) return;
    if (e.key === "Escape" && toggle.checked) { toggle.checked = false; toggle.dispatchEvent(new Event("change")); return; }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if ((e.key === "/" || e.key === "s" || e.key === "f") && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();  /* the keys Material uses to open its search */
      toggle.checked = true; toggle.dispatchEvent(new Event("change"));
    }
  });
})();

/* Opened from a USB stick (file://), "page/" shows a folder listing: point such links at
   "page/index.html" instead. On a web server nothing changes. */
(function () {
  if (location.protocol !== "file:") return;
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href]");
    if (!a) return;
    var url = new URL(a.getAttribute("href"), location.href);
    if (url.protocol === "file:" && url.pathname.endsWith("/")) {
      url.pathname += "index.html";
      a.setAttribute("href", url.href);
    }
  }, true);
})();
