/* kazkg graph page. Every text from the graph reaches the screen through
   textContent or the canvas; nothing is parsed as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kz-data").textContent);
  var L = data.lang;
  var byClass = {};
  data.classes.forEach(function (c) { byClass[c.iri] = c; });
  var byId = data.nodes;  // ids are indices
  var regionName = {};
  data.regions.forEach(function (r) { regionName[String(r.id)] = r.l; });
  var hasEvents = data.nodes.some(function (n) { return n.k === "event"; });

  var stats = window.kazkgStats = {
    total: data.total, embedded: data.nodes.length, nodes: 0, edges: 0, matched: null,
    mode: data.mode, drawn: false, drawMs: null, stabilized: !data.physics
  };

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }
  function row(box, key, value) {
    var r = el("div", "kz-row");
    r.appendChild(el("span", "kz-key", key + ": "));
    var v = el("span", null, value);
    r.appendChild(v);
    box.appendChild(r);
    return v;
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u) ? u : null; }
  function classText(iri) {
    var c = byClass[iri];
    if (!c) { return iri; }
    return c.kk === c.en ? c.kk : c.kk + " · " + c.en;
  }
  function propLabel(p) { var l = data.props[p]; return l ? l[L] : p; }

  function card(n, links) {
    var box = el("div", "kz-tip");
    box.appendChild(el("div", "kz-head", n.l));
    box.appendChild(el("div", "kz-cls", classText(n.c)));
    if (n.alt.length) { row(box, "Басқа атаулары / Also", n.alt.join("; ")); }
    if (n.d) { row(box, "Күні / Date", n.d); }
    if (n.tr) { row(box, "Триггер / Trigger", n.tr); }
    if (n.r.length) {
      row(box, "Облыс / Region", n.r.map(function (r) { return regionName[String(r)] || r; }).join(", "));
    }
    n.info.forEach(function (p) { row(box, p[0], p[1]); });
    if (n.ev) { box.appendChild(el("blockquote", null, n.ev)); }
    n.u.forEach(function (u) {
      var v = row(box, "Дереккөз / Source", "");
      if (links && safeUrl(u)) {
        var a = el("a", null, u);
        a.href = u;
        a.target = "_blank";
        a.rel = "noopener noreferrer";
        v.appendChild(a);
      } else {
        v.textContent = u;
      }
    });
    box.appendChild(el("div", "kz-iri", n.iri));
    return box;
  }

  function edgeCard(e) {
    var box = el("div", "kz-tip");
    var l = data.props[e.p] || [e.p, e.p];
    box.appendChild(el("div", "kz-head", byId[e.f].l + " → " + byId[e.t].l));
    box.appendChild(el("div", "kz-cls", l[0] === l[1] ? l[0] : l[0] + " · " + l[1]));
    e.ev.forEach(function (i) {
      var src = byId[i];
      row(box, classText(src.c), src.d || "");
      if (src.ev) { box.appendChild(el("blockquote", null, src.ev)); }
    });
    return box;
  }

  // ---- data sets

  var nodeItems = data.nodes.map(function (n) {
    var c = byClass[n.c];
    var colour = c ? c.color : "#9e9e9e";
    var event = n.k === "event";
    return {
      id: n.id,
      label: event && n.d ? n.l + "\n" + n.d : n.l,
      x: n.x, y: n.y, value: n.s, physics: !n.iso,
      shape: event ? "diamond" : (n.k === "entity" ? "dot" : "square"),
      color: { background: colour, border: "#333333",
               highlight: { background: colour, border: "#000000" },
               hover: { background: colour, border: "#000000" } },
      title: card(n, false)
    };
  });
  var edgeItems = data.edges.map(function (e, i) {
    return {
      id: i, from: e.f, to: e.t, label: propLabel(e.p),
      dashes: e.k === "located" || e.k === "plain" && data.mode !== "entities",
      title: edgeCard(e)
    };
  });
  var adjacency = data.nodes.map(function () { return []; });
  data.edges.forEach(function (e, i) { adjacency[e.f].push(i); adjacency[e.t].push(i); });

  var state = { mode: data.mode, search: "", from: "", to: "", region: "", focus: null,
                hidden: {}, isolated: false };
  var isolatedCount = data.nodes.filter(function (n) { return n.iso; }).length;

  // ---- search: the same letter folding and word keys as kg.names (lemmas and
  // surface forms; Kazakh and Latin letters alike), so боқаевты and Bokaev find Боқаев.
  function skeleton(word) {
    var out = "";
    Array.from(word.toLowerCase()).forEach(function (ch) {
      out += Object.prototype.hasOwnProperty.call(data.fold, ch) ? data.fold[ch]
        : ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    });
    return out.split("kh").join("h").split("ii").join("i");
  }
  function wordMatches(typed, key) {
    return typed === key || (typed.length >= 3 && key.length >= 3 &&
                             (typed.indexOf(key) === 0 || key.indexOf(typed) === 0));
  }
  function searchMatches(n, q) {
    var text = (n.l + "\n" + n.alt.join("\n")).toLowerCase();
    if (text.indexOf(q) >= 0) { return true; }
    var words = q.match(/[^\s\d.,;:!?"'«»()\[\]\-–—]+/g) || [];
    if (!words.length || !n.sk) { return false; }
    return words.every(function (w) {
      var typed = skeleton(w);
      return n.sk.some(function (k) { return wordMatches(typed, k); });
    });
  }
  var visibleNodes = new Set();
  var visibleEdges = new Set();

  function edgeInMode(e) {
    if (state.mode === "all") { return true; }
    if (state.mode === "events") { return e.k !== "plain"; }
    return e.k !== "role" && byId[e.f].k !== "event" && byId[e.t].k !== "event";
  }
  function monthDayOk(n) {
    // A date without a year (--12-21) passes when its month and day fall in the
    // range; a one-sided range or one of a year or more cannot exclude it.
    if (!n.md || !n.md.length) { return false; }
    if (!state.from || !state.to) { return true; }
    if (Date.parse(state.to) - Date.parse(state.from) >= 365 * 864e5) { return true; }
    var a = state.from.slice(5), b = state.to.slice(5);
    return n.md.some(function (md) { return a <= b ? (md >= a && md <= b) : (md >= a || md <= b); });
  }
  function dateOk(n) {
    if (!state.from && !state.to) { return true; }
    if (!n.d0) { return monthDayOk(n); }
    return !(state.from && n.d1 < state.from) && !(state.to && n.d0 > state.to);
  }
  function regionOk(n) {
    return !state.region || n.r.some(function (r) { return String(r) === state.region; });
  }
  function eventOk(n) { return !state.hidden[n.c] && dateOk(n) && regionOk(n); }

  function compute() {
    var hiddenEventClass = data.classes.some(function (c) {
      return c.kind === "event" && state.hidden[c.iri];
    });
    var context = Boolean(state.from || state.to || state.region || hiddenEventClass);
    var searching = Boolean(state.search.trim());
    var base = function (n) {
      if (n.iso && !state.isolated && !searching) { return false; }
      return !state.hidden[n.c] && (state.mode !== "entities" || n.k !== "event");
    };
    var nodes = new Set();
    var edges = new Set();
    var anchors = new Set();
    if (state.mode === "entities") {
      data.edges.forEach(function (e, i) {
        if (e.k !== "plain" || !edgeInMode(e) || !base(byId[e.f]) || !base(byId[e.t])) { return; }
        if (!context || e.ev.some(function (j) { return eventOk(byId[j]); })) { anchors.add(i); }
      });
    }
    data.nodes.forEach(function (n) {
      if (!base(n)) { return; }
      if (n.k === "event") {
        if (eventOk(n)) { nodes.add(n.id); }
      } else if (!context) {
        nodes.add(n.id);
      } else if ((state.mode === "entities" || !hasEvents) && state.region && !state.from &&
                 !state.to && n.r.length && regionOk(n)) {
        nodes.add(n.id);  // places in the chosen region, even without plain edges
      }
    });
    if (context) {
      // Entities join through what the context kept: events, or plain edges.
      if (state.mode === "entities") {
        anchors.forEach(function (i) { nodes.add(data.edges[i].f); nodes.add(data.edges[i].t); });
      } else {
        data.edges.forEach(function (e) {
          if (e.k === "role" && nodes.has(e.f) && base(byId[e.t])) { nodes.add(e.t); }
        });
      }
      // ... and the places that contain the kept places.
      var todo = Array.from(nodes);
      while (todo.length) {
        var id = todo.pop();
        adjacency[id].forEach(function (i) {
          var e = data.edges[i];
          if (e.k === "located" && e.f === id && !nodes.has(e.t) && base(byId[e.t])) {
            nodes.add(e.t);
            todo.push(e.t);
          }
        });
      }
    }
    data.edges.forEach(function (e, i) {
      if (!edgeInMode(e) || !nodes.has(e.f) || !nodes.has(e.t)) { return; }
      if (state.mode === "entities" && e.k === "plain" && !anchors.has(i)) { return; }
      edges.add(i);
    });
    stats.matched = null;
    var q = state.search.trim().toLowerCase();
    if (q) {
      var matched = new Set();
      nodes.forEach(function (id) {
        if (searchMatches(byId[id], q)) { matched.add(id); }
      });
      stats.matched = matched.size;
      nodes = around(matched, edges);
    }
    if (state.focus !== null && nodes.has(state.focus)) {
      nodes = around(new Set([state.focus]), edges);
    }
    var kept = new Set();
    edges.forEach(function (i) {
      var e = data.edges[i];
      if (nodes.has(e.f) && nodes.has(e.t)) { kept.add(i); }
    });
    visibleNodes = nodes;
    visibleEdges = kept;
  }

  function around(seeds, edges) {
    var out = new Set(seeds);
    edges.forEach(function (i) {
      var e = data.edges[i];
      if (seeds.has(e.f)) { out.add(e.t); }
      if (seeds.has(e.t)) { out.add(e.f); }
    });
    return out;
  }

  var nodeSet = new vis.DataSet(nodeItems);
  var edgeSet = new vis.DataSet(edgeItems);
  compute();
  var nodeView = new vis.DataView(nodeSet, { filter: function (n) { return visibleNodes.has(n.id); } });
  var edgeView = new vis.DataView(edgeSet, { filter: function (e) { return visibleEdges.has(e.id); } });

  var options = {
    autoResize: true,
    layout: { improvedLayout: false },
    physics: data.physics ? {
      enabled: true, solver: "barnesHut",
      barnesHut: { gravitationalConstant: -4000, centralGravity: 0.2, springLength: 140,
                   springConstant: 0.03, avoidOverlap: 0.3 },
      stabilization: { enabled: true, iterations: 150, updateInterval: 50, fit: true }
    } : { enabled: false },
    nodes: {
      borderWidth: 1,
      font: { face: "system-ui, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
      // labels keep one size on screen (declutter sets it for the zoom), so the
      // ones placed are readable and never overlap
      scaling: { min: 12, max: 40, label: { enabled: false } }
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } },
      color: { color: "#9aa0a6", highlight: "#333333", hover: "#555555" },
      font: { size: 12, color: "#555555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      smooth: data.physics ? { enabled: true, type: "continuous", roundness: 0.3 } : false,
      width: 1
    },
    interaction: { hover: data.physics, tooltipDelay: 200, hideEdgesOnDrag: !data.physics,
                   hideEdgesOnZoom: !data.physics }
  };
  var container = document.getElementById("kz-graph");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);
  window.kazkg = { network: network };

  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    stats.stabilized = true;
    network.fit({ animation: false });
    declutter();
    network.redraw();
  });
  network.on("afterDrawing", function () {
    if (stats.stabilized && !stats.drawn) {
      stats.drawn = true;
      stats.drawMs = Math.round(performance.now());
    }
  });

  // ---- controls

  var status = document.getElementById("kz-status");
  function apply(fit) {
    compute();
    nodeView.refresh();
    edgeView.refresh();
    stats.nodes = nodeView.length;
    stats.edges = edgeView.length;
    stats.mode = state.mode;
    var text = stats.nodes + " / " + data.nodes.length + " түйін · nodes";
    if (data.total > data.nodes.length) { text += " (" + data.total + " барлығы · in all)"; }
    if (stats.matched !== null) { text += " · " + stats.matched + " табылды · found"; }
    status.textContent = text;
    countClasses();
    drawTimeline();
    if (fit && stats.nodes) {
      network.fit({ animation: false });
      if (network.getScale() > 1.2) { network.moveTo({ scale: 1.2 }); }  // a few nodes: no zoom-in
    }
    declutter();
  }

  // ---- labels that do not overlap: the biggest nodes keep theirs, a label that
  // would cover one already placed waits for the user to zoom in; edge labels
  // show only when they are readable (9 px or more).
  var LABEL_PX = 12;
  var shownLabel = {};
  var edgeLabels = true;
  function declutter() {
    if (!stats.stabilized) { return; }  // placed once the layout settles
    var scale = network.getScale();
    var fontSize = Math.round(10 * LABEL_PX / scale) / 10;  // canvas units for LABEL_PX on screen
    var cell = 8;
    var taken = new Set();
    var ids = Array.from(visibleNodes).sort(function (a, b) {
      return byId[b].s - byId[a].s || a - b;
    });
    var updates = [];
    var boxes = [];
    ids.forEach(function (id) {
      var item = nodeItems[id];
      var p = network.canvasToDOM(network.getPosition(id));
      var lines = item.label.split("\n");
      var h = LABEL_PX * 1.25 * lines.length;
      var w = LABEL_PX * 0.62 * Math.max.apply(null, lines.map(function (l) { return l.length; }));
      var r = byId[id].s * scale;
      var top = p.y + r;
      var left = p.x - w / 2;
      var cells = [];
      var free = true;
      for (var x = Math.floor(left / cell); x <= Math.floor((left + w) / cell) && free; x++) {
        for (var y = Math.floor(top / cell); y <= Math.floor((top + h) / cell); y++) {
          if (taken.has(x + "," + y)) { free = false; break; }
          cells.push(x + "," + y);
        }
      }
      if (free) {
        cells.forEach(function (c) { taken.add(c); });
        boxes.push([left, top, w, h]);
      }
      if (shownLabel[id] !== (free ? fontSize : 0)) {
        shownLabel[id] = free ? fontSize : 0;
        updates.push({ id: id, label: free ? item.label : "", font: { size: fontSize } });
      }
    });
    if (updates.length) { nodeSet.update(updates); }
    var readable = 12 * scale >= 9;
    if (readable !== edgeLabels) {
      edgeLabels = readable;
      edgeSet.update(edgeItems.map(function (e) { return { id: e.id, label: readable ? e.label : "" }; }));
    }
    stats.labels = boxes.length;
    stats.labelBoxes = boxes;
    stats.edgeLabels = readable;
  }
  var settle = null;
  network.on("zoom", function () {
    clearTimeout(settle);
    settle = setTimeout(declutter, 120);
  });

  // ---- legend counts follow what is shown
  var countSpans = {};
  function countClasses() {
    var n = {};
    visibleNodes.forEach(function (id) { n[byId[id].c] = (n[byId[id].c] || 0) + 1; });
    Object.keys(countSpans).forEach(function (c) {
      var shown = n[c] || 0;
      var all = byClass[c].n;
      countSpans[c].textContent = shown === all ? String(all) : shown + " / " + all;
    });
  }

  // ---- timeline: the shown events by date (dated first, then dates without a
  // year by month and day, undated last); a click focuses one as on the graph.
  var timeline = document.getElementById("kz-events");
  function when(n) {
    if (n.d0) { return [0, n.d0]; }
    if (n.md && n.md.length) { return [1, n.md[0]]; }
    return [2, ""];
  }
  function drawTimeline() {
    timeline.textContent = "";
    var events = Array.from(visibleNodes).map(function (id) { return byId[id]; })
      .filter(function (n) { return n.k === "event"; });
    events.sort(function (a, b) {
      var x = when(a), y = when(b);
      return x[0] - y[0] || (x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0) || a.id - b.id;
    });
    var month = null;
    events.forEach(function (n) {
      var w = when(n);
      var m = w[0] === 0 ? w[1].slice(0, 7) : (w[0] === 1 ? "--" + w[1].slice(0, 2) : "");
      if (m !== month) {
        month = m;
        timeline.appendChild(el("li", "kz-month", m || "Күні жоқ / Undated"));
      }
      var item = el("li");
      var button = el("button");
      button.type = "button";
      button.dataset.id = String(n.id);
      if (state.focus === n.id) { button.className = "kz-on"; }
      button.appendChild(el("span", "kz-when", n.d || "—"));
      button.appendChild(el("span", null, classText(n.c) + (n.tr ? " · " + n.tr : "")));
      button.addEventListener("click", function () { focusOn(n.id); });
      item.appendChild(button);
      timeline.appendChild(item);
    });
    stats.timeline = events.length;
  }

  document.getElementById("kz-title").textContent = data.title;
  var search = document.getElementById("kz-search");
  search.addEventListener("input", function () {
    state.search = search.value;
    state.focus = null;
    apply(true);
  });
  var from = document.getElementById("kz-from");
  var to = document.getElementById("kz-to");
  var starts = data.nodes.map(function (n) { return n.d0; }).filter(Boolean).sort();
  var ends = data.nodes.map(function (n) { return n.d1; }).filter(Boolean).sort();
  if (starts.length) {
    from.min = to.min = starts[0];
    from.max = to.max = ends[ends.length - 1];
  }
  from.addEventListener("change", function () { state.from = from.value; apply(true); });
  to.addEventListener("change", function () { state.to = to.value; apply(true); });
  var region = document.getElementById("kz-region");
  data.regions.forEach(function (r) {
    var o = el("option", null, r.l);
    o.value = String(r.id);
    region.appendChild(o);
  });
  region.addEventListener("change", function () { state.region = region.value; apply(true); });
  var modeBox = document.getElementById("kz-mode-box");
  var entityOnly = document.getElementById("kz-entity-only");
  if (data.modes) {
    modeBox.hidden = false;
    entityOnly.checked = state.mode === "entities";
    entityOnly.addEventListener("change", function () {
      state.mode = entityOnly.checked ? "entities" : "events";
      state.focus = null;
      edgeSet.update(data.edges.map(function (e, i) {
        return { id: i, dashes: e.k === "located" || e.k === "plain" && state.mode !== "entities" };
      }));
      apply(true);
    });
  }

  var details = document.getElementById("kz-details");
  function focusOn(id) {
    state.focus = id;
    details.textContent = "";
    details.appendChild(card(byId[id], true));
    details.hidden = false;
    apply(true);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { focusOn(p.nodes[0]); }
  });
  var isoBox = document.getElementById("kz-iso-box");
  var iso = document.getElementById("kz-iso");
  if (isolatedCount) {
    isoBox.hidden = false;
    document.getElementById("kz-iso-n").textContent = String(isolatedCount);
    iso.addEventListener("change", function () { state.isolated = iso.checked; apply(true); });
  }

  // ---- legend (doubles as the class filter)

  var legend = document.getElementById("kz-legend");
  var checkboxes = [];
  [["event", "Оқиғалар / Events"], ["entity", "Нысандар / Entities"],
   ["brief", "Хабарлар / Briefs"], ["other", "Басқа / Other"]].forEach(function (group) {
    var members = data.classes.filter(function (c) { return c.kind === group[0]; });
    if (!members.length) { return; }
    legend.appendChild(el("h3", null, group[1]));
    members.forEach(function (c) {
      var item = el("label", "kz-class");
      var box = el("input");
      box.type = "checkbox";
      box.checked = true;
      box.value = c.iri;
      box.addEventListener("change", function () {
        if (box.checked) { delete state.hidden[c.iri]; } else { state.hidden[c.iri] = true; }
        apply(true);
      });
      checkboxes.push(box);
      var swatch = el("span", "kz-swatch kz-" + c.kind);
      swatch.style.background = c.color;
      item.appendChild(box);
      item.appendChild(swatch);
      item.appendChild(el("span", null, c.kk));
      item.appendChild(el("span", "kz-en", c.en === c.kk ? "" : c.en));
      countSpans[c.iri] = item.appendChild(el("span", "kz-n", String(c.n)));
      legend.appendChild(item);
    });
  });
  legend.appendChild(el("h3", null, "Белгілер / Key"));
  legend.appendChild(el("div", null, "◆ оқиға / event · ● нысан / entity"));
  legend.appendChild(el("div", null, "Түйін өлшемі — байланыс саны / size: degree"));

  document.getElementById("kz-reset").addEventListener("click", function () {
    state.search = search.value = "";
    state.from = from.value = "";
    state.to = to.value = "";
    state.region = region.value = "";
    state.focus = null;
    state.hidden = {};
    state.isolated = iso.checked = false;
    checkboxes.forEach(function (b) { b.checked = true; });
    details.hidden = true;
    apply(true);
  });

  apply(false);
}());
