// Examloop map: draws /api/map with Cytoscape.js (positions come from the server: no layout to run),
// opens what is linked to a node when it is clicked, and exports the map as SVG or PNG.
//
// Big maps (more nodes than the element's data-dense-from, 400 by default) are drawn in two layers, because
// Cytoscape needs 1.3–1.5 s on a cold page to take in and draw 2,000 nodes on a 2-CPU machine (decision 0034):
// Cytoscape draws the services and concepts and the named relations between them — the structure one drags,
// selects and reads — and a canvas beneath it draws the dense part, the tag nodes and every relation that touches
// one or was found by co-occurrence, in the same model coordinates, following Cytoscape's pan and zoom. Clicks
// on that canvas are hit-tested here. Small maps are all Cytoscape.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.cytoscape || !window.fetch) return;
  var ZONE = { red: "#dc2626", yellow: "#ca8a04", green: "#16a34a", none: "#94a3b8" };
  var EDGE = { pack: "#334155", learner: "#1f5fbf" };
  var DERIVED = "#9ca3af";
  var SELECTED = "#f59e0b";
  var side = document.getElementById("map-side");
  var cy = null;
  var under = null;

  function query(extra) {
    var q = "pack=" + encodeURIComponent(el.dataset.pack || "") + "&threshold=" + encodeURIComponent(el.dataset.threshold || "2");
    return extra ? q + "&" + extra : q;
  }

  function nodeSize(n) { return n.kind === "tag" ? 14 + Math.min(26, n.documents * 2) : 34 + Math.min(40, n.documents); }
  function zoneColor(n) { return ZONE[n.zone] || ZONE.none; }
  function derivedWidth(weight) { return Math.min(8, 1 + weight / 2); }

  // Cytoscape's elements: the nodes given and the named relations between two of them (relations found by
  // co-occurrence are always on the underlay: lines nobody clicks, thousands of them on a big map).
  function elements(nodes, edges, inCy) {
    var list = [];
    nodes.forEach(function (n) {
      var size = nodeSize(n);
      list.push({ group: "nodes", data: { id: n.id, label: n.label || n.id, kind: n.kind, zone: n.zone, color: zoneColor(n), size: size },
        classes: [n.kind, "z-" + (ZONE[n.zone] ? n.zone : "none"), "s" + sizeStep(size)], position: { x: n.x, y: n.y } });
    });
    edges.forEach(function (e, i) {
      if (e.origin === "derived" || !inCy[e.source] || !inCy[e.target]) return;
      list.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, origin: e.origin,
        label: e.relation, color: EDGE[e.origin] || EDGE.pack, width: 2 }, classes: [e.origin] });
    });
    return list;
  }

  // The underlay: a canvas under Cytoscape's layers (see the CSS), drawn in model coordinates with Cytoscape's
  // zoom and pan, again at most once a frame after every pan, zoom, resize or moved node. It holds the dense
  // nodes (dots), every relation that is not a Cytoscape edge, and the selected dense node's ring and label.
  function underlay(map, dense, inCy) {
    var canvas = document.createElement("canvas");
    canvas.className = "map-underlay";
    canvas.setAttribute("aria-hidden", "true");
    el.insertBefore(canvas, el.firstChild);
    var dots = dense.map(function (n) {
      return { id: n.id, label: n.label || n.id, x: n.x, y: n.y, r: nodeSize(n) / 2, color: zoneColor(n), kind: n.kind };
    });
    var byId = Object.create(null); // ids are tag names: "constructor" must not find Object.prototype's
    dots.forEach(function (d) { byId[d.id] = d; });
    // An end of a line is a Cytoscape node (it may be dragged: read its position when drawing) or a dot.
    function end(id) { return inCy[id] ? cy.getElementById(id) : byId[id]; }
    function at(ref) { return ref.position ? ref.position() : ref; }
    var lines = [];
    map.edges.forEach(function (e) {
      if (e.origin !== "derived" && inCy[e.source] && inCy[e.target]) return;
      var a = end(e.source), b = end(e.target);
      if (!a || !b || (a.nonempty && a.empty()) || (b.nonempty && b.empty())) return;
      lines.push({ a: a, b: b, derived: e.origin === "derived", color: e.origin === "derived" ? DERIVED : (EDGE[e.origin] || EDGE.pack),
        width: e.origin === "derived" ? derivedWidth(e.weight) : 2, source: e.source, target: e.target, relation: e.relation });
    });
    var selected = null;
    var pending = false;

    function grouped(list, key) {
      var groups = Object.create(null);
      list.forEach(function (x) { var k = key(x); (groups[k] = groups[k] || []).push(x); });
      return groups;
    }
    // One path per look (colour, width): a stroke per line would cost a hundred times more.
    // Grouped once: the looks do not change, and paint runs on every frame of a pan or zoom.
    var lineGroups = grouped(lines, function (l) { return l.color + "|" + l.width + "|" + l.derived; });
    var dotGroups = grouped(dots, function (d) { return d.color; });
    function paint(ctx) {
      Object.keys(lineGroups).forEach(function (k) {
        var group = lineGroups[k], first = group[0];
        ctx.strokeStyle = first.color; ctx.lineWidth = first.width;
        // Co-occurrence is told apart by colour and transparency, not dashes: Chromium's software canvas
        // (headless, or no GPU) took a quarter of a second more to draw 4,000 dashed lines.
        ctx.globalAlpha = first.derived ? 0.7 : 1;
        ctx.beginPath();
        group.forEach(function (l) { var p = at(l.a), q = at(l.b); ctx.moveTo(p.x, p.y); ctx.lineTo(q.x, q.y); });
        ctx.stroke();
      });
      ctx.globalAlpha = 1;
      Object.keys(dotGroups).forEach(function (color) {
        ctx.fillStyle = color;
        ctx.beginPath();
        dotGroups[color].forEach(function (d) { ctx.moveTo(d.x + d.r, d.y); ctx.arc(d.x, d.y, d.r, 0, 2 * Math.PI); });
        ctx.fill();
      });
    }
    function draw() {
      pending = false;
      var ratio = window.devicePixelRatio || 1, w = el.clientWidth, h = el.clientHeight;
      if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
        canvas.width = Math.round(w * ratio); canvas.height = Math.round(h * ratio);
        canvas.style.width = w + "px"; canvas.style.height = h + "px";
      }
      var ctx = canvas.getContext("2d"), zoom = cy.zoom(), pan = cy.pan();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.setTransform(zoom * ratio, 0, 0, zoom * ratio, pan.x * ratio, pan.y * ratio);
      paint(ctx);
      // Close up, the dots in view are named, as Cytoscape names its nodes (at most 300 names at once).
      if (zoom >= 0.9) {
        var x1 = -pan.x / zoom, y1 = -pan.y / zoom, x2 = x1 + w / zoom, y2 = y1 + h / zoom;
        var inView = dots.filter(function (d) { return d.x >= x1 && d.x <= x2 && d.y >= y1 && d.y <= y2; });
        if (inView.length <= 300) {
          ctx.fillStyle = "#334155"; ctx.font = "9px sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
          inView.forEach(function (d) { if (d !== selected) ctx.fillText(d.label, d.x, d.y + d.r + 2); });
        }
      }
      if (selected) {
        ctx.strokeStyle = SELECTED; ctx.lineWidth = 4 / zoom;
        ctx.beginPath(); ctx.arc(selected.x, selected.y, selected.r + 2 / zoom, 0, 2 * Math.PI); ctx.stroke();
        ctx.fillStyle = "#111827"; ctx.font = (12 / zoom) + "px sans-serif"; ctx.textAlign = "center"; ctx.textBaseline = "top";
        ctx.fillText(selected.label, selected.x, selected.y + selected.r + 4 / zoom);
      }
    }
    function later() { if (!pending) { pending = true; requestAnimationFrame(draw); } }
    // The dot under a model position, if any (a few pixels of slack, the nearest first).
    function hit(position) {
      var slack = 3 / cy.zoom(), best = null, bestDistance = Infinity;
      dots.forEach(function (d) {
        var dx = d.x - position.x, dy = d.y - position.y, distance = Math.sqrt(dx * dx + dy * dy);
        if (distance <= d.r + slack && distance < bestDistance) { best = d; bestDistance = distance; }
      });
      return best;
    }
    function select(id) { selected = id ? byId[id] || null : null; later(); }
    cy.on("viewport resize", later);
    cy.on("position", "node", later);
    draw();
    return { dots: dots, lines: lines, byId: byId, at: at, paint: paint, draw: draw, hit: hit, select: select };
  }

  // Styles: the full one, and a lighter one for big maps (no wrapped labels, borders or transparency, tag
  // labels only when selected), which Cytoscape sets up twice as fast.
  var STYLE = [
    { selector: "node", style: { "background-color": "data(color)", width: "data(size)", height: "data(size)",
      label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, "text-wrap": "wrap",
      "text-max-width": 110, "border-width": 1, "border-color": "#fff", "min-zoomed-font-size": 2 } },
    { selector: "node[kind = 'service']", style: { shape: "round-rectangle", "font-weight": "bold" } },
    { selector: "node[kind = 'tag']", style: { "font-size": 9, opacity: 0.9 } },
    { selector: "node:selected", style: { "border-width": 4, "border-color": "#f59e0b" } },
    { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
      "curve-style": "straight", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 8,
      "text-rotation": "autorotate", color: "#475569", "min-zoomed-font-size": 5, "text-background-color": "#fff",
      "text-background-opacity": 0.8 } }
  ];
  // Big maps: no data mappers at all (Cytoscape evaluates a mapper per element and property, which took most of
  // its set-up on 2,000 nodes), only classes — the kind, the zone, and the size in six steps.
  var BIG_STYLE = [
    { selector: "node", style: { "background-color": ZONE.none, width: 20, height: 20, label: "", "font-size": 11,
      "text-valign": "bottom", "min-zoomed-font-size": 8 } },
    { selector: ".s0", style: { width: 14, height: 14 } }, { selector: ".s1", style: { width: 20, height: 20 } },
    { selector: ".s2", style: { width: 28, height: 28 } }, { selector: ".s3", style: { width: 38, height: 38 } },
    { selector: ".s4", style: { width: 50, height: 50 } }, { selector: ".s5", style: { width: 66, height: 66 } },
    { selector: ".z-red", style: { "background-color": ZONE.red } },
    { selector: ".z-yellow", style: { "background-color": ZONE.yellow } },
    { selector: ".z-green", style: { "background-color": ZONE.green } },
    { selector: ".service", style: { shape: "round-rectangle", "font-weight": "bold" } },
    { selector: "node:selected", style: { label: "data(label)", "border-width": 4, "border-color": "#f59e0b" } },
    { selector: "edge", style: { width: 2, "line-color": EDGE.pack, "target-arrow-color": EDGE.pack, "curve-style": "straight",
      "target-arrow-shape": "triangle", label: "data(label)", "font-size": 8, "min-zoomed-font-size": 10 } },
    { selector: ".learner", style: { "line-color": EDGE.learner, "target-arrow-color": EDGE.learner } }
  ];

  // The names of a big map's services and concepts. Cytoscape measures every label it is given before its first
  // frame; at a zoom where 11-px names would be drawn under 8 px (min-zoomed-font-size) it draws none of them, so
  // there they are given just after that frame, which looks the same.
  var BIG_LABELS = { selector: ".service, .concept", style: { label: "data(label)" } };

  function sizeStep(size) { return size <= 16 ? 0 : size <= 24 ? 1 : size <= 32 ? 2 : size <= 44 ? 3 : size <= 58 ? 4 : 5; }

  function mark(name) { if (window.performance && performance.mark) performance.mark(name); }

  function draw(map) {
    mark("map-data");
    var denseFrom = Number(el.dataset.denseFrom || 400);
    var big = map.nodes.length > denseFrom;
    var structure = big ? map.nodes.filter(function (n) { return n.kind !== "tag"; }) : map.nodes;
    var dense = big ? map.nodes.filter(function (n) { return n.kind === "tag"; }) : [];
    var inCy = Object.create(null);
    structure.forEach(function (n) { inCy[n.id] = true; });
    // Fit the view to every node, the dense ones too: the preset layout would fit only Cytoscape's.
    var bb = map.nodes.reduce(function (b, n) {
      var r = nodeSize(n) / 2;
      return { x1: Math.min(b.x1, n.x - r), y1: Math.min(b.y1, n.y - r), x2: Math.max(b.x2, n.x + r), y2: Math.max(b.y2, n.y + r) };
    }, { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity });
    var pad = 30, w = el.clientWidth, h = el.clientHeight;
    var zoom = Math.max(0.05, Math.min(3, Math.min((w - 2 * pad) / Math.max(1, bb.x2 - bb.x1), (h - 2 * pad) / Math.max(1, bb.y2 - bb.y1))));
    var labelsLater = big && zoom * 11 < 8;
    cy = window.cytoscape({
      container: el, elements: elements(structure, map.edges, inCy), layout: { name: "preset", fit: !big, padding: 30 },
      minZoom: 0.05, maxZoom: 3, textureOnViewport: big, pixelRatio: big ? 1 : "auto",
      style: big ? (labelsLater ? BIG_STYLE : BIG_STYLE.concat([BIG_LABELS])) : STYLE
    });
    if (big && map.nodes.length) {
      cy.viewport({ zoom: zoom, pan: { x: (w - zoom * (bb.x1 + bb.x2)) / 2, y: (h - zoom * (bb.y1 + bb.y2)) / 2 } });
    }
    under = underlay(map, dense, inCy);
    mark("map-init");
    cy.one("render", function () {
      mark("map-drawn");
      setTimeout(function () {
        if (labelsLater) cy.style().selector(BIG_LABELS.selector).style(BIG_LABELS.style).update();
        fillNodeList(map.nodes);
        el.dataset.ready = "true";
      }, 0);
    });
    cy.on("tap", "node", function (e) { open(e.target.id()); });
    cy.on("tap", function (e) {
      if (e.target !== cy) return;
      var d = under.hit(e.position);
      if (d) open(d.id); else under.select(null);
    });
    cy.on("mousemove", function (e) {
      if (e.target === cy) el.style.cursor = under.hit(e.position) ? "pointer" : "";
    });
    window.examloopMap = cy;
    window.examloopMapData = map;
    window.examloopMapUnderlay = under;
  }

  // A big map's page leaves the list of node names (the Find and relation boxes' suggestions) to this script:
  // 2,000 options were a sixth of the page and 2,000 elements to parse before the map could start.
  function fillNodeList(nodes) {
    var list = document.getElementById("map-nodes");
    if (!list || list.options.length) return;
    var fragment = document.createDocumentFragment();
    nodes.forEach(function (n) {
      var option = document.createElement("option");
      option.value = n.id;
      option.textContent = n.label || n.id;
      fragment.appendChild(option);
    });
    list.appendChild(fragment);
  }

  function item(parent, text, href, badge) {
    var li = document.createElement("li");
    if (badge) { var b = document.createElement("span"); b.className = "badge"; b.textContent = badge; li.appendChild(b); li.appendChild(document.createTextNode(" ")); }
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = text; li.appendChild(a); }
    else li.appendChild(document.createTextNode(text));
    parent.appendChild(li);
  }

  function open(id) {
    if (cy) {
      cy.$(":selected").unselect();
      var node = cy.getElementById(id);
      if (node.nonempty()) { node.select(); under.select(null); } else under.select(id);
    }
    fetch("/api/map/nodes/" + encodeURIComponent(id) + "?" + query(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (d) {
        side.textContent = "";
        var h = document.createElement("h2"); h.textContent = d.node.label; side.appendChild(h);
        var p = document.createElement("p"); p.className = "muted";
        p.textContent = d.node.kind + (d.node.stage ? " · " + d.node.stage : "") + " · " + d.node.cards + " card(s), zone " + d.node.zone;
        side.appendChild(p);
        var h3 = document.createElement("h3"); h3.textContent = "Linked (" + d.items.length + ")"; side.appendChild(h3);
        var ul = document.createElement("ul"); ul.className = "map-items"; side.appendChild(ul);
        d.items.forEach(function (i) { item(ul, i.title, i.url, i.kind); });
        if (!d.items.length) item(ul, "Nothing tagged with it yet.");
        var h4 = document.createElement("h3"); h4.textContent = "Relations"; side.appendChild(h4);
        var rl = document.createElement("ul"); side.appendChild(rl);
        d.relations.forEach(function (e) { item(rl, e.source + " " + e.relation + " " + e.target + (e.origin === "derived" ? " (" + e.weight + ")" : "")); });
        var more = document.createElement("p"); var a = document.createElement("a");
        a.href = "/notes/new?tags=" + encodeURIComponent(d.node.id); a.textContent = "Write a note about " + d.node.label;
        more.appendChild(a); side.appendChild(more);
      });
  }

  function download(name, blob) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob); a.download = name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
  }

  function esc(s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"); }

  // The box around everything drawn, both layers, in model coordinates.
  function extent() {
    var bb = cy.elements().boundingBox(), box = { x1: bb.x1, y1: bb.y1, x2: bb.x2, y2: bb.y2 };
    if (!cy.elements().length) box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    under.dots.forEach(function (d) {
      box.x1 = Math.min(box.x1, d.x - d.r); box.y1 = Math.min(box.y1, d.y - d.r);
      box.x2 = Math.max(box.x2, d.x + d.r); box.y2 = Math.max(box.y2, d.y + d.r + 14);
    });
    if (!isFinite(box.x1)) box = { x1: 0, y1: 0, x2: 1, y2: 1 };
    box.w = box.x2 - box.x1; box.h = box.y2 - box.y1;
    return box;
  }

  // SVG from the drawn positions of both layers: lines, circles or rounded squares, labels.
  function svg() {
    var bb = extent(), pad = 20, out = [];
    out.push('<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + (bb.x1 - pad) + " " + (bb.y1 - pad) + " " + (bb.w + 2 * pad) + " " + (bb.h + 2 * pad) +
      '" font-family="sans-serif"><rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="#fff"/>');
    under.lines.forEach(function (l) {
      var s = under.at(l.a), t = under.at(l.b);
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="' + l.color + '" stroke-width="' + l.width + '"' +
        (l.derived ? ' opacity="0.7"' : "") + "/>");
    });
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="' + e.data("color") + '" stroke-width="' + e.data("width") + '"/>');
    });
    function shape(kind, x, y, r, color, label) {
      out.push(kind === "service"
        ? '<rect x="' + (x - r) + '" y="' + (y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="6" fill="' + color + '"/>'
        : '<circle cx="' + x + '" cy="' + y + '" r="' + r + '" fill="' + color + '"/>');
      out.push('<text x="' + x + '" y="' + (y + r + 12) + '" font-size="11" text-anchor="middle">' + esc(label) + "</text>");
    }
    under.dots.forEach(function (d) { shape(d.kind, d.x, d.y, d.r, d.color, d.label); });
    cy.nodes().forEach(function (n) { var p = n.position(); shape(n.data("kind"), p.x, p.y, n.data("size") / 2, n.data("color"), n.data("label")); });
    out.push("</svg>");
    return new Blob([out.join("\n")], { type: "image/svg+xml" });
  }

  document.getElementById("export-svg").addEventListener("click", function () { if (cy) download("examloop-map.svg", svg()); });

  // PNG: the underlay painted at the export's scale, with Cytoscape's image of its own elements over it, at
  // most 8,000 pixels a side.
  function png(done) {
    var bb = extent(), scale = Math.min(2, 8000 / Math.max(bb.w, bb.h, 1));
    var canvas = document.createElement("canvas");
    canvas.width = Math.ceil(bb.w * scale); canvas.height = Math.ceil(bb.h * scale);
    var ctx = canvas.getContext("2d");
    ctx.fillStyle = "#ffffff"; ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(scale, 0, 0, scale, -bb.x1 * scale, -bb.y1 * scale);
    under.paint(ctx);
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (!cy.elements().length) { canvas.toBlob(done, "image/png"); return; }
    var own = cy.elements().boundingBox(), image = new Image();
    image.onload = function () {
      // Drawn at the export's scale whatever the image's own size: Cytoscape multiplies by the screen's pixel
      // ratio too (2 on a HiDPI screen for a small map).
      ctx.drawImage(image, (own.x1 - bb.x1) * scale, (own.y1 - bb.y1) * scale, own.w * scale, own.h * scale);
      canvas.toBlob(function (blob) { if (blob) done(blob); }, "image/png");
    };
    image.src = cy.png({ full: true, scale: scale });
  }

  document.getElementById("export-png").addEventListener("click", function () {
    if (cy) png(function (blob) { download("examloop-map.png", blob); });
  });
  // Find: on choosing from the list, or on Enter, which would otherwise submit the filter form around it.
  var find = document.getElementById("map-find");
  var found = null; // what Enter found, so that the change event of the same text does not find it again
  function findNode(e) {
    if (!cy || !find.value) return;
    var id = find.value.trim();
    if (e && e.type === "change" && id === found) return;
    found = e && e.type === "keydown" ? id : null;
    var node = cy.getElementById(id), dot = under.byId[id];
    if (node.nonempty()) {
      cy.animate({ center: { eles: node }, zoom: 1.2 }, { duration: 200 });
      open(id);
    } else if (dot) {
      cy.animate({ zoom: 1.2, pan: { x: el.clientWidth / 2 - 1.2 * dot.x, y: el.clientHeight / 2 - 1.2 * dot.y } }, { duration: 200 });
      open(id);
    }
  }
  if (find) {
    find.addEventListener("change", findNode);
    find.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); findNode(e); } });
    find.addEventListener("input", function () { found = null; });
  }

  // The page carries the map it was rendered with; without it, ask the API.
  var embedded = document.getElementById("map-data");
  if (embedded) {
    draw(JSON.parse(embedded.textContent));
  } else {
    fetch(el.dataset.src || "/api/map?" + query(), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(draw);
  }
})();
