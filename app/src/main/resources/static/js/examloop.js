// Examloop: the countdown, saving feedback and the keyboard shortcuts of the exam screen.
// Every page works without it: forms post and redirect.
(function () {
  "use strict";

  var pending = 0;        // answer saves in flight
  var unsaved = false;    // the last save failed and has not been retried successfully yet

  function pad(n) { return n < 10 ? "0" + n : "" + n; }
  function format(seconds) {
    var h = Math.floor(seconds / 3600), m = Math.floor((seconds % 3600) / 60), s = seconds % 60;
    return h > 0 ? h + ":" + pad(m) + ":" + pad(s) : m + ":" + pad(s);
  }

  function status(text, isError) {
    var el = document.getElementById("save-status");
    if (!el) return;
    el.textContent = text;
    el.classList.toggle("error", !!isError);
    el.setAttribute("role", isError ? "alert" : "status");
  }

  // Runs fn once no save is in flight (at most after 5 s), so that leaving a page never drops an answer.
  function whenSaved(fn) {
    var started = Date.now();
    (function wait() {
      if (pending === 0 || Date.now() - started > 5000) fn(); else setTimeout(wait, 50);
    })();
  }

  function startCountdown() {
    var el = document.getElementById("countdown");
    if (!el) return;
    // Count from the server's remaining time against this page's monotonic clock (a wrong clock on the
    // learner's machine cannot change it), and re-read it when the page comes back (sleep, another tab).
    var end = performance.now() + Number(el.dataset.remaining) * 1000;
    var submitted = false, announced = {};
    var exam = document.querySelector("[data-attempt]") || document.querySelector(".review[data-attempt]");
    function resync() {
      var id = exam && exam.dataset.attempt;
      if (!id || !window.fetch) return;
      fetch("/api/attempts/" + id, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (a) {
          if (!a) return;
          if (a.status !== "in_progress") { location.href = "/attempts/" + id + "/result"; return; }
          if (a.remainingSeconds != null) end = performance.now() + a.remainingSeconds * 1000;
        })
        .catch(function () { /* offline: keep counting locally */ });
    }
    document.addEventListener("visibilitychange", function () { if (!document.hidden) resync(); });
    window.addEventListener("pageshow", function (e) { if (e.persisted) resync(); });
    function tick() {
      var left = Math.max(0, Math.ceil((end - performance.now()) / 1000));
      el.textContent = format(left);
      el.classList.toggle("low", left <= 300);
      if ((left === 300 || left === 60) && !announced[left]) {
        announced[left] = true;
        var note = document.createElement("span");
        note.className = "sr-only";
        note.setAttribute("role", "alert");
        note.textContent = (left / 60) + (left === 60 ? " minute" : " minutes") + " left";
        document.body.appendChild(note);
      }
      if (left === 0 && !submitted) {
        submitted = true;
        var form = document.getElementById("auto-submit");
        if (form) whenSaved(function () { form.submit(); });
        return;
      }
      setTimeout(tick, 250);
    }
    tick();
  }

  function savingFeedback() {
    var form = document.getElementById("answer-form");
    if (!form) return;
    // Say which control changed, so that only it is saved (a flag never puts back an older answer).
    form.addEventListener("change", function (e) {
      var part = document.getElementById("part");
      if (!part) return;
      var name = e.target.name || "";
      part.value = name === "flagged" ? "flag" : name === "guessed" ? "guess" : "answer";
    }, true);
    var action = form.getAttribute("hx-post");
    var sent = null;        // the form as the request in flight carries it
    document.body.addEventListener("htmx:beforeRequest", function () {
      pending++;
      sent = formBody(form);
      status("Saving…", false);
    });
    document.body.addEventListener("htmx:afterRequest", function (e) {
      pending = Math.max(0, pending - 1);
      if (e.detail.successful) { unsaved = false; forget(action); return; }
      var xhr = e.detail.xhr;
      if (xhr && xhr.status >= 400 && xhr.status < 500) {
        // The server refused it (for example two steps in the same place): say why; retrying would not help.
        unsaved = false;
        forget(action);
        status("Not saved: " + (xhr.responseText || "the server refused this answer"), true);
        return;
      }
      // No answer, or the database is unavailable (503): the answer is kept in this browser and sent again,
      // from this page or from the next one, until the server takes it.
      unsaved = true;
      keep(action, sent || formBody(form));
      status(xhr && xhr.status === 503 && xhr.responseText
        ? "Not saved yet: " + xhr.responseText + "…"
        : "Not saved yet: the server is not answering; your answer is kept in this browser and will be retried…", true);
      scheduleResend();
    });
    window.addEventListener("beforeunload", function (e) {
      if (pending > 0 || unsaved) { e.preventDefault(); e.returnValue = ""; }
    });
    // Leaving through a link or a submit button waits for the saves in flight.
    document.addEventListener("click", function (e) {
      var target = e.target.closest && e.target.closest("a[href], button[type=submit]");
      if (!target || pending === 0 || target.dataset.waited) return;
      e.preventDefault();
      whenSaved(function () { target.dataset.waited = "1"; target.click(); });
    }, true);
  }

  // Answers the server did not take (it was down, or its database was), kept in this browser by their form's
  // address until they are sent: every form carries the whole answer of its question, so the latest one wins.
  var UNSENT = "examloop.unsent-answers";
  function unsentAnswers() {
    try { return JSON.parse(window.localStorage.getItem(UNSENT) || "{}") || {}; } catch (e) { return {}; }
  }
  function storeUnsent(all) {
    try { window.localStorage.setItem(UNSENT, JSON.stringify(all)); } catch (e) { /* private mode: kept in memory only */ }
  }
  function keep(action, body) { var all = unsentAnswers(); all[action] = body; storeUnsent(all); }
  function forget(action) { var all = unsentAnswers(); if (action in all) { delete all[action]; storeUnsent(all); } }
  function formBody(form) {
    var data = new URLSearchParams(new FormData(form));
    data.set("part", "");   // all of the question's answer, flag and guess: a later form may differ in one part only
    return data.toString();
  }
  var resendTimer = null;
  function scheduleResend() {
    if (!resendTimer) resendTimer = setTimeout(function () { resendTimer = null; resendUnsent(); }, 3000);
  }
  function resendUnsent() {
    var all = unsentAnswers(), actions = Object.keys(all);
    if (!actions.length || !window.fetch) return;
    actions.forEach(function (action) {
      var body = all[action];
      pending++;
      fetch(action, { method: "POST", body: body, credentials: "same-origin",
                      headers: { "Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true" } })
        .then(function (r) {
          if (r.ok || (r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429)) {
            if (unsentAnswers()[action] === body) forget(action);
            if (r.ok) { unsaved = Object.keys(unsentAnswers()).length > 0; if (!unsaved) status("Saved: the answers kept in this browser were sent", false); }
            else r.text().then(function (t) { status("Not saved: " + (t || "the server refused a kept answer"), true); });
          } else {
            scheduleResend();
          }
        })
        .catch(function () { scheduleResend(); })
        .then(function () { pending = Math.max(0, pending - 1); });
    });
  }

  function narrowNavigator() {
    var details = document.querySelector(".nav-details");
    if (details && window.matchMedia && window.matchMedia("(max-width: 720px)").matches && document.querySelector(".exam")) {
      details.open = false;
    }
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
        var inputs = exam.querySelectorAll(".options input, .options select");
        var input = inputs[Number(key) - 1];
        if (input && !input.disabled) {
          if (input.tagName === "SELECT") { input.focus(); event.preventDefault(); return; }
          input.checked = input.type === "radio" ? true : !input.checked;
          input.dispatchEvent(new Event("change", { bubbles: true }));
          input.focus();
          event.preventDefault();
        }
        return;
      }
      // Arrow keys keep moving between the options of a radio group; elsewhere they turn the page.
      var onChoice = event.target && event.target.tagName === "INPUT" && /radio|checkbox/.test(event.target.type);
      var aliases = onChoice ? {} : { arrowright: "n", arrowleft: "p" };
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

  // The board: drag a card to another column, or focus it and press the left or right arrow.
  function board() {
    var boardEl = document.getElementById("board");
    if (!boardEl) return;
    function moveTo(cardEl, workflow) {
      var form = document.createElement("form");
      form.method = "post";
      form.action = "/cards/" + cardEl.dataset.card + "/move";
      var input = document.createElement("input");
      input.type = "hidden"; input.name = "workflow"; input.value = workflow;
      form.appendChild(input);
      document.body.appendChild(form);
      form.submit();
    }
    boardEl.addEventListener("dragstart", function (e) {
      var card = e.target.closest(".board-card");
      if (card) e.dataTransfer.setData("text/plain", card.id);
    });
    boardEl.querySelectorAll(".column").forEach(function (column) {
      column.addEventListener("dragover", function (e) { e.preventDefault(); column.classList.add("drop"); });
      column.addEventListener("dragleave", function () { column.classList.remove("drop"); });
      column.addEventListener("drop", function (e) {
        e.preventDefault();
        column.classList.remove("drop");
        var card = document.getElementById(e.dataTransfer.getData("text/plain"));
        if (card && card.closest(".column") !== column) moveTo(card, column.dataset.workflow);
      });
    });
    boardEl.addEventListener("keydown", function (e) {
      var card = e.target.classList && e.target.classList.contains("board-card") ? e.target : null;
      if (!card || (e.key !== "ArrowLeft" && e.key !== "ArrowRight")) return;
      var button = card.querySelector('[data-move="' + (e.key === "ArrowLeft" ? "left" : "right") + '"]');
      if (button) { e.preventDefault(); e.stopPropagation(); button.click(); }
    }, true);
  }

  // A review: how long the learner looked at the card before rating it goes into the review log.
  function reviewTiming() {
    var duration = document.getElementById("duration");
    if (!duration) return;
    var shown = performance.now();
    document.querySelectorAll(".ratings button").forEach(function (b) {
      b.addEventListener("click", function () { duration.value = String(Math.round(performance.now() - shown)); });
    });
  }

  // A form that asks before it posts (deleting a note): the question is in its data-confirm attribute, so that
  // no page carries an inline event handler (the Content-Security-Policy runs none).
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form && form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) e.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", function () {
    board();
    reviewTiming();
    narrowNavigator();
    savingFeedback();
    if (document.querySelector("[data-attempt]")) resendUnsent();
    startCountdown();
    shortcuts();
  });
})();

// The study timer of the block in progress on the Today page: counts up from the server's figure.
(function () {
  var timers = document.querySelectorAll('.timer[data-seconds]');
  if (!timers.length) { return; }
  var started = Date.now();
  setInterval(function () {
    timers.forEach(function (t) {
      var s = parseInt(t.getAttribute('data-seconds'), 10) + Math.floor((Date.now() - started) / 1000);
      t.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
    });
  }, 1000);
})();
