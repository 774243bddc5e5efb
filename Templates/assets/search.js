/* ksite search: offline full-text search over search/index.json.
 * The index stores each page's text as written, on one line. This script normalises it
 * (NFKC, lower case) once when the index is loaded, and each query with the same function,
 * so page text and query can never be normalised differently; each of the query's
 * space-separated terms must occur in the page.
 * Without JavaScript the search form stays hidden and nothing else changes. */
(function (root) {
  "use strict";

  function normalize(text) {
    return String(text).normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();
  }

  function count(haystack, needle) {
    var n = 0, i = haystack.indexOf(needle);
    while (i !== -1) { n += 1; i = haystack.indexOf(needle, i + needle.length); }
    return n;
  }

  /* The index's pages, each with its title and text normalised: done once per index. */
  function prepare(index) {
    return index.entries.map(function (entry) {
      return { entry: entry, title: normalize(entry.title), text: normalize(entry.text) };
    });
  }

  /* Pages (from prepare) containing every term, best first: title hits weigh 20, text hits 1. */
  function search(pages, query, limit) {
    var terms = normalize(query).split(" ").filter(Boolean);
    if (terms.length === 0) return [];
    var results = [];
    pages.forEach(function (page, order) {
      var score = 0;
      for (var t = 0; t < terms.length; t++) {
        var hits = count(page.text, terms[t]);
        if (hits === 0) return;
        score += hits + 20 * count(page.title, terms[t]);
      }
      results.push({ entry: page.entry, page: page, score: score, order: order });
    });
    results.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return results.slice(0, limit || 30);
  }

  /* Around the first hit, in the text as written when normalising kept its length
   * (true for almost all Japanese text), else in the normalised text. */
  function snippet(page, term) {
    var text = page.entry.text.length === page.text.length ? page.entry.text : page.text;
    var at = Math.max(0, page.text.indexOf(term));
    var start = Math.max(0, at - 30);
    return (start > 0 ? "…" : "") + text.slice(start, at + term.length + 60) + "…";
  }

  function show(form) {
    var rootPath = form.getAttribute("data-root") || "";
    var out = document.getElementById("search-results");
    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    var input = form.querySelector("input[type=search]");
    input.value = query;
    if (!out || !query) return;
    out.textContent = "検索しています…";
    fetch(rootPath + "search/index.json").then(function (r) { return r.json(); }).then(function (index) {
      var results = search(prepare(index), query);
      out.textContent = "";
      var status = document.createElement("p");
      status.setAttribute("role", "status");
      status.textContent = "「" + query + "」の検索結果：" + results.length + "件";
      out.appendChild(status);
      var list = document.createElement("ol");
      list.className = "search-results";
      var first = normalize(query).split(" ")[0];
      results.forEach(function (result) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = rootPath + result.entry.url;
        link.textContent = result.entry.title;
        item.appendChild(link);
        if (result.entry.context) {
          var context = document.createElement("p");
          context.className = "search-results__context";
          context.textContent = result.entry.context;
          item.appendChild(context);
        }
        var text = document.createElement("p");
        text.textContent = snippet(result.page, first);
        item.appendChild(text);
        list.appendChild(item);
      });
      out.appendChild(list);
    }).catch(function () { out.textContent = "検索データを読み込めませんでした。"; });
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { normalize: normalize, prepare: prepare, search: search, snippet: snippet };
  } else if (root.document) {
    var forms = root.document.querySelectorAll("form.site-search");
    for (var i = 0; i < forms.length; i++) forms[i].hidden = false;
    var page = root.document.querySelector("form.site-search--page");
    if (page) show(page);
  }
})(typeof window !== "undefined" ? window : this);
