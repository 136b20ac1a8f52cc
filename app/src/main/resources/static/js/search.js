// Examloop search: "/" focuses the search box; arrow keys move through the results, Enter opens one.
(function () {
  "use strict";
  function links() { return Array.prototype.slice.call(document.querySelectorAll("#hits a.hit, .documented a")); }
  document.addEventListener("keydown", function (e) {
    var box = document.getElementById("q");
    var typing = e.target && (e.target.tagName === "INPUT" || e.target.tagName === "TEXTAREA" || e.target.tagName === "SELECT");
    if (e.key === "/" && !typing && box) { e.preventDefault(); box.focus(); box.select(); return; }
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    if (typing && e.target !== box) return;
    var all = links();
    if (!all.length) return;
    var at = all.indexOf(document.activeElement);
    var next = e.key === "ArrowDown" ? Math.min(all.length - 1, at + 1) : at - 1;
    e.preventDefault();
    if (next < 0) { if (box) box.focus(); return; }
    all[next].focus();
  });
})();
