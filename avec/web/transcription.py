"""Consultation audio → draft transcript → confirmed source.

An audio upload (or a recording made in the browser) is kept encrypted in the vault while a
transcription backend (a self-hosted server, or the embedded Whisper base) works in the
background with progress. Its output is a **draft**: the professional listens, corrects and
confirms it — drug names and numbers to double-check are flagged — before it becomes the
source of a request. The recording is then deleted unless the policy keeps it.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import Response

from avec.policy import ModelCard, Policy
from avec.privacy import Vault, VaultError
from avec.privacy.vault import new_reference
from avec.review.corrections import measure
from avec.store.audit import append
from avec.store.tables import User
from avec.web.context import Forbidden, Web, check_csrf, page, signed_in, web
from avec.web.events import Report, event, follow, relay, sse

if TYPE_CHECKING:
    from avec.transcribe import TranscriptionBackend

router = APIRouter()
AUDIO_EXTENSIONS = (".wav", ".mp3", ".m4a", ".ogg", ".oga", ".opus", ".webm", ".flac", ".mp4")


def engine(policy: Policy) -> ModelCard | None:
    """The catalogue's first usable speech-to-text engine: a server card, or the embedded
    model's card when its extra (`audio`) is installed."""
    for card in policy.transcription_engines():
        if card.backend.value == "openai" or importlib.util.find_spec("faster_whisper") is not None:
            return card
    return None


def available(policy: Policy) -> bool:
    """AVEC_TRANSCRIBE_URL (a server, overriding the catalogue) or a usable catalogue engine."""
    return bool(os.environ.get("AVEC_TRANSCRIBE_URL")) or engine(policy) is not None


def _backend(policy: Policy) -> TranscriptionBackend:
    from avec.transcribe import backend_for, backend_for_card

    card = None if os.environ.get("AVEC_TRANSCRIBE_URL") else engine(policy)
    return backend_for_card(card) if card is not None else backend_for()


def is_audio(upload: UploadFile) -> bool:
    name = (upload.filename or "").lower()
    kind = (upload.content_type or "").lower()
    return name.endswith(AUDIO_EXTENSIONS) or kind.startswith("audio/") or kind == "video/webm"


def _vault(request: Request) -> Vault:
    return web(request).pipeline.vault


async def start(request: Request, user: User, upload: UploadFile, use_case: str, model: str,
                instruction: str) -> Response:  # fmt: skip
    """Keep the recording encrypted, then show the progress page that starts the transcription."""
    from avec.transcribe import TranscriptionError, check_audio

    if not available(web(request).policy):
        raise Forbidden("Aucun moteur de transcription n'est configuré : coller la transcription "
                        "ou installer l'extension audio (pip install \"avec[audio]\").")  # fmt: skip
    data = await upload.read()
    name = upload.filename or "enregistrement"
    try:
        audio = check_audio(data, name)
    except TranscriptionError as exc:
        raise Forbidden(str(exc)) from None
    ref = "audio-" + new_reference()
    vault = _vault(request)
    vault.put_bytes(ref, data)
    vault.put(ref, {
        "owner": user.name, "use_case": use_case, "model": model or None,
        "instruction": instruction or None, "filename": name, "format": audio.format,
        "state": "new", "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    })  # fmt: skip
    return page(request, "transcribing.html", user=user, ref=ref, filename=name,
                duration=audio.duration_s)  # fmt: skip


def _job(request: Request, ref: str, user: User) -> dict[str, Any]:
    if not ref.startswith("audio-"):
        raise Forbidden("Transcription inconnue.")
    try:
        job = _vault(request).get(ref)
    except VaultError:
        raise Forbidden("Transcription inconnue ou expirée.") from None
    if job.get("owner") != user.name:
        raise Forbidden("Cette transcription appartient à un autre utilisateur.")
    return job


def _transcribe(context: Web, ref: str, job: dict[str, Any], on_progress: Any) -> dict[str, Any]:
    """Run the backend on the stored recording; record the draft (or the failure) in the job."""
    from avec.transcribe import TranscriptionError, check_audio

    vault = context.pipeline.vault
    vault.put(ref, {**job, "state": "running"})
    try:
        audio = check_audio(vault.get_bytes(ref), job["filename"])
        t = _backend(context.policy).transcribe(audio, on_progress=on_progress)
    except TranscriptionError as exc:
        vault.put(ref, {**job, "state": "failed", "error": str(exc)})
        raise
    draft = {"text": t.text, "draft": t.draft, "backend": t.backend, "model": t.model,
             "duration_s": t.duration_s, "processing_s": t.processing_s,
             "flags": [{"kind": f.kind, "start": f.start, "end": f.end, "severity": f.severity,
                        "message": f.message, "suggestion": f.suggestion} for f in t.flags]}  # fmt: skip
    done = {**job, "state": "done", "transcript": draft}
    vault.put(ref, done)
    append(context.engine, "transcription", f"user:{job['owner']}", {
        "ref": ref, "backend": t.backend, "model": t.model, "duration_s": t.duration_s,
        "processing_s": round(t.processing_s, 2), "flags": len(t.flags), "draft": t.draft,
    })  # fmt: skip
    return done


@router.get("/transcription/flux/{ref}")
async def stream(request: Request, ref: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    """Progress as server-sent events: `progress` (fraction of the audio), `done`, `failed`."""
    from avec.transcribe import TranscriptionError

    job = _job(request, ref, user)
    context = web(request)
    if job.get("state") != "new":
        return sse(follow(context.pipeline.vault, ref, lambda _: f"/transcription/{ref}"))

    def work(report: Report) -> None:
        _transcribe(context, ref, job, lambda f: report("progress", f))

    async def run() -> AsyncIterator[bytes]:
        last = -1.0
        async for kind, value in relay(work, (TranscriptionError,),
                                       "Erreur inattendue pendant la transcription."):  # fmt: skip
            if kind == "progress" and value - last >= 0.02:
                last = value
                yield event("progress", {"fraction": round(float(value), 3)})
            elif kind == "done":
                yield event("done", {"url": f"/transcription/{ref}"})
            elif kind == "failed":
                yield event("failed", {"message": value})

    return sse(run())


def _marked(text: str, flags: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    cursor = 0
    for f in sorted(flags, key=lambda f: f["start"]):
        if f["start"] < cursor:
            continue
        out.append({"text": text[cursor : f["start"]]})
        out.append({"text": text[f["start"] : f["end"]], "flag": f})
        cursor = f["end"]
    out.append({"text": text[cursor:]})
    return out


@router.get("/transcription/{ref}")
def draft(request: Request, ref: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    job = _job(request, ref, user)
    if job.get("state") != "done":
        return page(request, "transcribing.html", user=user, ref=ref, filename=job.get("filename"),
                    duration=None, failed=job.get("error"))  # fmt: skip
    transcript = job["transcript"]
    return page(request, "transcript.html", user=user, ref=ref, job=job, transcript=transcript,
                marked=_marked(transcript["text"], transcript["flags"]),
                has_audio=_has_audio(request, ref))  # fmt: skip


def _has_audio(request: Request, ref: str) -> bool:
    try:
        _vault(request).get_bytes(ref)
    except VaultError:
        return False
    return True


@router.get("/transcription/{ref}/audio")
def audio(request: Request, ref: str, user: Annotated[User, Depends(signed_in)]) -> Response:
    job = _job(request, ref, user)
    try:
        data = _vault(request).get_bytes(ref)
    except VaultError:
        raise Forbidden("Enregistrement supprimé.") from None
    from avec.transcribe.audio import FORMATS

    mime = FORMATS.get(job.get("format", ""), "application/octet-stream")
    return Response(data, media_type=mime, headers={"Cache-Control": "no-store"})


@router.post("/transcription/{ref}/confirmer")
async def confirm(request: Request, ref: str, user: Annotated[User, Depends(signed_in)],
                  text: Annotated[str, Form()], csrf: Annotated[str, Form()] = "",
                  checked: Annotated[str, Form()] = "") -> Response:  # fmt: skip
    """The corrected transcript becomes the source; the recording is deleted (unless kept)."""
    from avec.web.submit import preview_page

    check_csrf(request, csrf)
    job = _job(request, ref, user)
    if job.get("state") != "done":
        raise Forbidden("La transcription n'est pas terminée.")
    text = text.replace("\r\n", "\n").strip()
    if not checked or not text:
        transcript = job["transcript"]
        return page(request, "transcript.html", 400, user=user, ref=ref, job=job, transcript=transcript,
                    marked=_marked(transcript["text"], transcript["flags"]), text=text,
                    has_audio=_has_audio(request, ref),
                    error="Relire et corriger la transcription, puis cocher la case de confirmation.")  # fmt: skip
    change = measure(job["transcript"]["text"], text)
    vault = _vault(request)
    kept = web(request).policy.privacy.keep_audio
    if not kept:
        vault.delete_bytes(ref)
    vault.put(ref, {**job, "state": "confirmed", "transcript": {**job["transcript"], "text": ""}})
    append(web(request).engine, "transcript_confirmed", f"user:{user.name}", {
        "ref": ref, "edit_distance": change.distance, "flags": len(job["transcript"]["flags"]),
        "audio_kept": kept,
    })  # fmt: skip
    return await preview_page(request, user, job["use_case"], job.get("model") or "",
                              job.get("instruction") or "", text, [])  # fmt: skip
