// avec — progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  const csrf = document.body.dataset.csrf;
  // htmx calls carry the session's CSRF token
  document.body.addEventListener("htmx:configRequest", (e) => {
    if (csrf) e.detail.headers["X-CSRF-Token"] = csrf;
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
      const n = JSON.parse(e.data).tokens;
      status.textContent = n + " jetons générés…";
      bar.removeAttribute("value");
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
