// Examloop: the countdown and the keyboard shortcuts of the exam screen. Everything works without it.
(function () {
  "use strict";

  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function format(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function startCountdown() {
    var el = document.getElementById("countdown");
    if (!el) return;
    // Count from the server's remaining time against this page's own monotonic clock: a wrong clock on the
    // learner's machine cannot change it. The server keeps the real deadline and submits at it regardless.
    var end = performance.now() + Number(el.dataset.remaining) * 1000;
    var submitted = false;
    function tick() {
      var left = Math.max(0, Math.round((end - performance.now()) / 1000));
      el.textContent = format(left);
      el.classList.toggle("low", left <= 300);
      if (left === 300 || left === 60) el.setAttribute("aria-live", "assertive");
      if (left === 0 && !submitted) {
        submitted = true;
        var form = document.getElementById("auto-submit");
        if (form) form.submit();
        return;
      }
      setTimeout(tick, 250);
    }
    tick();
  }

  function typing(target) {
    var tag = target && target.tagName;
    return tag === "TEXTAREA" || tag === "SELECT" || (tag === "INPUT" && /text|number|search|email|password/.test(target.type));
  }

  function shortcuts() {
    var exam = document.querySelector(".exam");
    document.addEventListener("keydown", function (event) {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      var key = event.key.toLowerCase();
      if (exam && /^[1-9]$/.test(key)) {
        var inputs = exam.querySelectorAll(".options input");
        var input = inputs[Number(key) - 1];
        if (input && !input.disabled) {
          input.checked = input.type === "radio" ? true : !input.checked;
          input.dispatchEvent(new Event("change", { bubbles: true }));
          input.focus();
          event.preventDefault();
        }
        return;
      }
      var aliases = { arrowright: "n", arrowleft: "p" };
      var target = document.querySelector('[data-key="' + (aliases[key] || key) + '"]');
      if (!target) return;
      event.preventDefault();
      if (target.type === "checkbox") {
        target.checked = !target.checked;
        target.dispatchEvent(new Event("change", { bubbles: true }));
      } else {
        target.click();
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    startCountdown();
    shortcuts();
  });
})();
