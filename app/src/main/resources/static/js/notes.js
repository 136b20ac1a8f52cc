// Examloop notes: a screenshot pasted (or dropped) into the note is uploaded and linked where the cursor is.
// Without JavaScript the editor's file field does the same on save.
(function () {
  "use strict";
  var area = document.querySelector("textarea[data-paste-images]");
  if (!area || !window.fetch) return;
  var status = document.getElementById("paste-status");
  function say(text) { if (status) status.textContent = text; }

  function insert(text) {
    var start = area.selectionStart, end = area.selectionEnd, before = area.value.slice(0, start);
    var lead = before.length && !before.endsWith("\n") ? "\n" : "";
    area.value = before + lead + text + "\n" + area.value.slice(end);
    var at = start + lead.length + text.length + 1;
    area.setSelectionRange(at, at);
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function upload(file) {
    var body = new FormData();
    body.append("file", file, file.name || "screenshot.png");
    say("Uploading " + (file.name || "the screenshot") + "…");
    return fetch(area.dataset.pasteImages, { method: "POST", body: body, headers: { Accept: "application/json" } })
      .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
      .then(function (res) {
        if (!res.ok) { say("Not added: " + res.json.message); return; }
        insert(res.json.markdown);
        say("Image added.");
      })
      .catch(function () { say("The upload failed; try again, or use the Image field."); });
  }

  function images(list) {
    var found = [];
    for (var i = 0; list && i < list.length; i++) {
      var item = list[i], file = item.getAsFile ? (item.kind === "file" ? item.getAsFile() : null) : item;
      if (file && /^image\//.test(file.type)) found.push(file);
    }
    return found;
  }

  area.addEventListener("paste", function (e) {
    var files = images(e.clipboardData && e.clipboardData.items);
    if (!files.length) return;
    e.preventDefault();
    files.forEach(upload);
  });
  area.addEventListener("dragover", function (e) { e.preventDefault(); });
  area.addEventListener("drop", function (e) {
    var files = images(e.dataTransfer && e.dataTransfer.files);
    if (!files.length) return;
    e.preventDefault();
    files.forEach(upload);
  });
})();
