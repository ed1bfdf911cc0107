// The report's behaviour: tables built from the embedded data, sorting and filtering, and the panel
// that lists an entity's mentions. Data shape: see ReportJson.cs.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var E = data.entities, F = data.files;
  var LABEL = { PERSON: "People", LOCATION: "Places", ORGANIZATION: "Organisations", MISC: "Other names" };
  var PAGE = 300;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }
  function typeMark(type) { var s = el("span", "type t-" + type); s.title = type; return s; }
  // The names cell lists forms as "Name (mentions/files) | Other"; shown as written.
  function forms(cell) { return cell.replace(/\\([\\|~(])/g, "$1"); }

  // ---- entity table ----
  var sortKey = 2, sortDir = -1, shownEntities = PAGE;
  var tbody = document.querySelector("#entity-table tbody");
  var filter = document.getElementById("entity-filter");
  var typeSel = document.getElementById("entity-type");
  function entityRows() {
    var q = filter.value.trim().toLowerCase(), t = typeSel.value, rows = [];
    for (var i = 0; i < E.length; i++) {
      var e = E[i];
      if (t && e[0] !== t) continue;
      if (q && e[1].toLowerCase().indexOf(q) < 0 && e[4].toLowerCase().indexOf(q) < 0) continue;
      rows.push(i);
    }
    rows.sort(function (a, b) {
      var x = E[a][sortKey], y = E[b][sortKey];
      var c = typeof x === "number" ? x - y : x.localeCompare(y);
      return c !== 0 ? c * sortDir : a - b;
    });
    return rows;
  }
  function renderEntities() {
    var rows = entityRows(), frag = document.createDocumentFragment();
    for (var k = 0; k < rows.length && k < shownEntities; k++) {
      var i = rows[k], e = E[i], tr = el("tr", "entity");
      tr.dataset.e = i;
      var name = el("td"); name.appendChild(typeMark(e[0])); name.appendChild(document.createTextNode(e[1]));
      tr.appendChild(name);
      tr.appendChild(el("td", "", LABEL[e[0]] || e[0]));
      tr.appendChild(el("td", "num", String(e[2])));
      tr.appendChild(el("td", "num", String(e[3])));
      tr.appendChild(el("td", "forms", forms(e[4])));
      frag.appendChild(tr);
    }
    tbody.replaceChildren(frag);
    var count = document.getElementById("entity-count");
    count.textContent = rows.length + " of " + E.length + " shown" + (data.totals[0] > E.length ? " (" + data.totals[0] + " entities in all)" : "");
    if (rows.length > shownEntities) {
      var more = el("button", "more", "Show " + Math.min(PAGE, rows.length - shownEntities) + " more");
      more.onclick = function () { shownEntities += PAGE; renderEntities(); };
      var tr = el("tr"), td = el("td"); td.colSpan = 5; td.appendChild(more); tr.appendChild(td); tbody.appendChild(tr);
    }
  }
  document.querySelectorAll("#entity-table th[data-key]").forEach(function (th) {
    th.addEventListener("click", function () {
      var key = Number(th.dataset.key);
      sortDir = key === sortKey ? -sortDir : (key >= 2 ? -1 : 1);
      sortKey = key;
      document.querySelectorAll("#entity-table th").forEach(function (h) { h.classList.remove("asc", "desc"); });
      th.classList.add(sortDir > 0 ? "asc" : "desc");
      renderEntities();
    });
  });
  filter.addEventListener("input", function () { shownEntities = PAGE; renderEntities(); });
  typeSel.addEventListener("change", function () { shownEntities = PAGE; renderEntities(); });
  tbody.addEventListener("click", function (ev) {
    var tr = ev.target.closest("tr.entity");
    if (tr) show(Number(tr.dataset.e));
  });

  // ---- file table ----
  var fbody = document.querySelector("#file-table tbody"), ffilter = document.getElementById("file-filter"), shownFiles = PAGE;
  function renderFiles() {
    var q = ffilter.value.trim().toLowerCase(), frag = document.createDocumentFragment(), n = 0, total = 0;
    for (var i = 0; i < F.length; i++) {
      var f = F[i];
      if (q && f[0].toLowerCase().indexOf(q) < 0 && !f[2].some(function (p) { return E[p[0]][1].toLowerCase().indexOf(q) >= 0; })) continue;
      total++;
      if (n >= shownFiles) continue;
      n++;
      var tr = el("tr");
      tr.appendChild(el("td", "", f[0]));
      tr.appendChild(el("td", "num", String(f[1])));
      var td = el("td");
      f[2].forEach(function (p) {
        var s = el("span", "file-entity"); s.dataset.e = p[0];
        s.appendChild(typeMark(E[p[0]][0])); s.appendChild(document.createTextNode(E[p[0]][1] + " " + p[1]));
        td.appendChild(s);
      });
      tr.appendChild(td);
      frag.appendChild(tr);
    }
    fbody.replaceChildren(frag);
    document.getElementById("file-count").textContent = n + " of " + total + " files shown";
    if (total > n) {
      var more = el("button", "more", "Show more files");
      more.onclick = function () { shownFiles += PAGE; renderFiles(); };
      var tr = el("tr"), td = el("td"); td.colSpan = 3; td.appendChild(more); tr.appendChild(td); fbody.appendChild(tr);
    }
  }
  ffilter.addEventListener("input", function () { shownFiles = PAGE; renderFiles(); });
  fbody.addEventListener("click", function (ev) {
    var s = ev.target.closest(".file-entity");
    if (s) show(Number(s.dataset.e));
  });

  // ---- detail panel: an entity's mentions, in context, with file and line ----
  var detail = document.getElementById("detail");
  function show(i) {
    var e = E[i];
    detail.replaceChildren();
    var close = el("button", "close", "×"); close.title = "Close"; close.onclick = function () { detail.hidden = true; mark(-1); };
    detail.appendChild(close);
    var h = el("h3"); h.appendChild(typeMark(e[0])); h.appendChild(document.createTextNode(e[1])); detail.appendChild(h);
    detail.appendChild(el("p", "counts", (LABEL[e[0]] || e[0]) + ": " + plural(e[2], "mention") + " in " + plural(e[3], "file")));
    if (e[4]) detail.appendChild(el("p", "forms", "Name forms: " + forms(e[4])));
    var list = el("div", "mentions");
    list.appendChild(el("h4", "", e[5].length < e[2] ? "First " + e[5].length + " of " + e[2] + " mentions" : "Mentions"));
    e[5].forEach(function (m) {
      var d = el("div", "mention");
      d.appendChild(el("div", "where", F[m[0]][0] + ":" + m[1] + ":" + m[2]));
      // The context column marks the mention [[so]]; without context the mention alone is shown.
      var c = el("div", "context"), ctx = m[4] || "[[" + m[3] + "]]", at = ctx.indexOf("[["), end = ctx.indexOf("]]", at);
      if (at >= 0 && end > at) {
        c.appendChild(document.createTextNode(ctx.slice(0, at)));
        c.appendChild(el("mark", "", ctx.slice(at + 2, end)));
        c.appendChild(document.createTextNode(ctx.slice(end + 2)));
      } else c.textContent = ctx;
      d.appendChild(c);
      list.appendChild(d);
    });
    detail.appendChild(list);
    if (e[6].length) {
      detail.appendChild(el("h4", "", "Named in one sentence with"));
      var ul = el("ul", "partners");
      e[6].forEach(function (p) {
        var li = el("li", "file-entity"); li.dataset.e = p[0];
        li.appendChild(typeMark(E[p[0]][0]));
        li.appendChild(document.createTextNode(E[p[0]][1] + ": " + plural(p[1], "sentence") + ", " + plural(p[2], "file")));
        li.onclick = function () { show(p[0]); };
        ul.appendChild(li);
      });
      detail.appendChild(ul);
    }
    detail.hidden = false;
    detail.dataset.e = i;
    mark(i);
  }
  // Highlights the entity in charts and network, and its edges.
  function mark(i) {
    document.querySelectorAll(".bar.on, .node.on, line.on").forEach(function (n) { n.classList.remove("on"); });
    if (i < 0) return;
    document.querySelectorAll('.bar[data-e="' + i + '"], .node[data-e="' + i + '"]').forEach(function (n) { n.classList.add("on"); });
    document.querySelectorAll('line[data-a="' + i + '"], line[data-b="' + i + '"]').forEach(function (n) { n.classList.add("on"); });
  }
  document.querySelectorAll(".bar, .node").forEach(function (g) {
    g.addEventListener("click", function () { show(Number(g.dataset.e)); });
    g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") show(Number(g.dataset.e)); });
  });
  document.querySelectorAll('input[name="edges"]').forEach(function (r) {
    r.addEventListener("change", function () {
      document.querySelectorAll(".edges").forEach(function (g) { g.classList.toggle("off", !g.classList.contains(r.value)); });
    });
  });
  document.querySelectorAll(".edges.file").forEach(function (g) { g.classList.add("off"); });

  renderEntities();
  renderFiles();

  // A link such as report.html#entity=Kerry opens that entity's mentions, by a click on its row.
  var want = decodeURIComponent(location.hash.replace(/^#entity=/, ""));
  if (location.hash.indexOf("#entity=") === 0) {
    var row = Array.prototype.find.call(tbody.querySelectorAll("tr.entity"), function (tr) { return E[Number(tr.dataset.e)][1] === want; });
    if (row) row.click();
  }
  document.documentElement.dataset.ready = "1";
  // Milliseconds from navigation to a page ready to use, for tests and measurements.
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
})();
