// Examloop map: draws /api/map with Cytoscape.js (positions come from the server: no layout to run),
// opens what is linked to a node when it is clicked, and exports the map as SVG or PNG.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.cytoscape || !window.fetch) return;
  var ZONE = { red: "#dc2626", yellow: "#ca8a04", green: "#16a34a", none: "#94a3b8" };
  var EDGE = { pack: "#334155", learner: "#1f5fbf", derived: "#9ca3af" };
  var side = document.getElementById("map-side");
  var cy = null;

  function query(extra) {
    var q = "pack=" + encodeURIComponent(el.dataset.pack || "") + "&threshold=" + encodeURIComponent(el.dataset.threshold || "2");
    return extra ? q + "&" + extra : q;
  }

  function elements(map) {
    var list = [];
    map.nodes.forEach(function (n) {
      var size = n.kind === "tag" ? 14 + Math.min(26, n.documents * 2) : 34 + Math.min(40, n.documents);
      list.push({ group: "nodes", data: { id: n.id, label: n.label, kind: n.kind, zone: n.zone, color: ZONE[n.zone] || ZONE.none, size: size },
        position: { x: n.x, y: n.y } });
    });
    map.edges.forEach(function (e, i) {
      list.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target, origin: e.origin,
        label: e.origin === "derived" ? "" : e.relation, color: EDGE[e.origin], width: e.origin === "derived" ? Math.min(8, 1 + e.weight / 2) : 2 } });
    });
    return list;
  }

  // Styles: the full one, and a lighter one for big maps (no wrapped labels, borders or transparency, tag
  // labels only when selected, derived edges as "haystack" lines), which Cytoscape sets up twice as fast.
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
      "text-background-opacity": 0.8 } },
    { selector: "edge[origin = 'derived']", style: { "line-style": "dashed", "target-arrow-shape": "none", opacity: 0.6, label: "" } }
  ];
  var BIG_STYLE = [
    { selector: "node", style: { "background-color": "data(color)", width: "data(size)", height: "data(size)",
      label: "data(label)", "font-size": 11, "text-valign": "bottom", "min-zoomed-font-size": 8 } },
    { selector: "node[kind = 'service']", style: { shape: "round-rectangle", "font-weight": "bold" } },
    { selector: "node[kind = 'tag']", style: { label: "" } },
    { selector: "node:selected", style: { label: "data(label)", "border-width": 4, "border-color": "#f59e0b" } },
    { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)",
      "curve-style": "straight", "target-arrow-shape": "triangle", label: "data(label)", "font-size": 8,
      "min-zoomed-font-size": 10 } },
    { selector: "edge[origin = 'derived']", style: { "line-color": "#cbd5e1", "target-arrow-shape": "none", label: "",
      "curve-style": "haystack" } }
  ];

  function mark(name) { if (window.performance && performance.mark) performance.mark(name); }

  function draw(map) {
    mark("map-data");
    var big = map.nodes.length > 400;
    cy = window.cytoscape({
      container: el, elements: elements(map), layout: { name: "preset", fit: true, padding: 30 },
      minZoom: 0.05, maxZoom: 3, textureOnViewport: big, hideEdgesOnViewport: big, pixelRatio: big ? 1 : "auto",
      style: big ? BIG_STYLE : STYLE
    });
    mark("map-init");
    cy.one("render", function () {
      mark("map-drawn");
      el.dataset.ready = "true";
    });
    cy.on("tap", "node", function (e) { open(e.target.id()); });
    window.examloopMap = cy;
  }

  function item(parent, text, href, badge) {
    var li = document.createElement("li");
    if (badge) { var b = document.createElement("span"); b.className = "badge"; b.textContent = badge; li.appendChild(b); li.appendChild(document.createTextNode(" ")); }
    if (href) { var a = document.createElement("a"); a.href = href; a.textContent = text; li.appendChild(a); }
    else li.appendChild(document.createTextNode(text));
    parent.appendChild(li);
  }

  function open(id) {
    if (cy) { cy.$(":selected").unselect(); var node = cy.getElementById(id); node.select(); }
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

  // SVG from the drawn positions: lines, circles or rounded squares, labels.
  function svg() {
    var bb = cy.elements().boundingBox(), pad = 20, out = [];
    out.push('<svg xmlns="http://www.w3.org/2000/svg" viewBox="' + (bb.x1 - pad) + " " + (bb.y1 - pad) + " " + (bb.w + 2 * pad) + " " + (bb.h + 2 * pad) +
      '" font-family="sans-serif"><rect x="' + (bb.x1 - pad) + '" y="' + (bb.y1 - pad) + '" width="' + (bb.w + 2 * pad) + '" height="' + (bb.h + 2 * pad) + '" fill="#fff"/>');
    cy.edges().forEach(function (e) {
      var s = e.source().position(), t = e.target().position();
      out.push('<line x1="' + s.x + '" y1="' + s.y + '" x2="' + t.x + '" y2="' + t.y + '" stroke="' + e.data("color") + '" stroke-width="' + e.data("width") + '"' +
        (e.data("origin") === "derived" ? ' stroke-dasharray="4 3" opacity="0.6"' : "") + "/>");
    });
    cy.nodes().forEach(function (n) {
      var p = n.position(), r = n.data("size") / 2;
      out.push(n.data("kind") === "service"
        ? '<rect x="' + (p.x - r) + '" y="' + (p.y - r) + '" width="' + 2 * r + '" height="' + 2 * r + '" rx="6" fill="' + n.data("color") + '"/>'
        : '<circle cx="' + p.x + '" cy="' + p.y + '" r="' + r + '" fill="' + n.data("color") + '"/>');
      out.push('<text x="' + p.x + '" y="' + (p.y + r + 12) + '" font-size="11" text-anchor="middle">' + esc(n.data("label")) + "</text>");
    });
    out.push("</svg>");
    return new Blob([out.join("\n")], { type: "image/svg+xml" });
  }

  document.getElementById("export-svg").addEventListener("click", function () { if (cy) download("examloop-map.svg", svg()); });
  document.getElementById("export-png").addEventListener("click", function () {
    if (cy) download("examloop-map.png", cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" }));
  });
  var find = document.getElementById("map-find");
  if (find) find.addEventListener("change", function () {
    if (!cy || !find.value) return;
    var node = cy.getElementById(find.value.trim());
    if (node.nonempty()) { cy.animate({ center: { eles: node }, zoom: 1.2 }, { duration: 200 }); open(node.id()); }
  });

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
