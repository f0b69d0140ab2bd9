// avec — progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  const csrf = document.body.dataset.csrf;
  // htmx calls carry the session's CSRF token
  document.body.addEventListener("htmx:configRequest", (e) => {
    if (csrf) e.detail.headers["X-CSRF-Token"] = csrf;
  });

  // Tooltips (CSS ::after, 26rem wide at most) open leftwards when the window lacks room on the
  // right: otherwise they widen the page (horizontal scrolling, clipped text on a tablet)
  document.querySelectorAll(".tip").forEach((el) => {
    const place = () => {
      const box = el.getBoundingClientRect();
      const width = Math.min(416, window.innerWidth - 32);
      el.classList.toggle("tip-left", window.innerWidth - box.left < width && box.right > window.innerWidth - box.left);
    };
    el.addEventListener("mouseenter", place); el.addEventListener("focus", place);
  });

  // Relecture: focusing or hovering a finding in the proposition shows its evidence in the source
  document.querySelectorAll("mark.finding-mark").forEach((mark) => {
    const evidence = document.getElementById("s-" + mark.dataset.finding);
    if (!evidence) return;
    const on = () => { evidence.classList.add("active"); evidence.scrollIntoView({ block: "nearest" }); };
    const off = () => evidence.classList.remove("active");
    mark.addEventListener("mouseenter", on); mark.addEventListener("focus", on);
    mark.addEventListener("mouseleave", off); mark.addEventListener("blur", off);
  });

  // Relecture: the proposition itself becomes the editor; the form's textarea follows it
  const editor = document.querySelector("[data-editor]");
  if (editor) {
    const field = document.getElementById(editor.dataset.editor);
    editor.contentEditable = "true";
    editor.setAttribute("role", "textbox");
    editor.setAttribute("aria-multiline", "true");
    editor.setAttribute("aria-label", "Proposition (modifiable)");
    document.getElementById("final-box").hidden = true;
    editor.addEventListener("input", () => { field.value = editor.innerText; });
  }
  document.querySelectorAll(".js-only").forEach((el) => { el.hidden = false; });

  // Nouvelle demande: record the consultation in the browser; the recording becomes the upload
  const record = document.querySelector("[data-record]");
  if (record && window.MediaRecorder && navigator.mediaDevices) {
    const input = document.getElementById(record.dataset.record);
    const said = document.getElementById("record-status");
    let recorder = null;
    record.addEventListener("click", async () => {
      if (recorder && recorder.state === "recording") { recorder.stop(); return; }
      try {
        const stream = await navigator.mediaDevices.getUserMedia({ audio: true });
        const chunks = [];
        recorder = new MediaRecorder(stream);
        recorder.addEventListener("dataavailable", (e) => chunks.push(e.data));
        recorder.addEventListener("stop", () => {
          stream.getTracks().forEach((t) => t.stop());
          const type = recorder.mimeType || "audio/webm";
          const file = new File(chunks, "enregistrement." + (type.includes("ogg") ? "ogg" : "webm"), { type });
          const files = new DataTransfer(); files.items.add(file); input.files = files.files;
          record.textContent = "Enregistrer à nouveau";
          said.textContent = "Enregistrement prêt (" + Math.round(file.size / 1024) + " Ko) : il sera transcrit à l'envoi.";
        });
        recorder.start();
        record.textContent = "Arrêter l'enregistrement";
        said.textContent = "Enregistrement en cours…";
      } catch (err) { said.textContent = "Micro indisponible : " + err.message; }
    });
  }

  // Document: copy the validated text with its provenance mention
  document.querySelectorAll("[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const text = document.getElementById(button.dataset.copy).innerText;
      try { await navigator.clipboard.writeText(text); button.textContent = "Copié ✓"; }
      catch (_) { window.getSelection().selectAllChildren(document.getElementById(button.dataset.copy)); }
    });
  });

  // Génération: follow the server-sent events of the generation
  const box = document.querySelector("[data-stream]");
  if (box) {
    const status = document.getElementById("status");
    const bar = document.getElementById("bar");
    const live = document.getElementById("live");
    const source = new EventSource(box.dataset.stream);
    source.addEventListener("step", () => { status.textContent = "Génération par le modèle…"; });
    source.addEventListener("progress", (e) => {
      const data = JSON.parse(e.data);
      if (data.fraction !== undefined) {
        bar.value = Math.round(data.fraction * 100);
        status.textContent = "Transcription : " + bar.value + " %";
      } else {
        status.textContent = data.tokens + " jetons générés…";
        bar.removeAttribute("value");
      }
    });
    source.addEventListener("text", (e) => { live.textContent += JSON.parse(e.data).text; });
    source.addEventListener("done", (e) => {
      source.close(); status.textContent = "Vérification terminée : ouverture de la relecture…";
      bar.value = 100; window.location.assign(JSON.parse(e.data).url);
    });
    source.addEventListener("failed", (e) => {
      source.close(); status.textContent = "Échec : " + JSON.parse(e.data).message;
      status.classList.add("alert", "error"); bar.value = 0;
    });
  }
})();
