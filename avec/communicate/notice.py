"""Patient information notices, one per use case: generated from the policy in plain French
(short sentences, everyday words — the readability score is shown to the author), editable by a
référent (the edited text is kept in the store and replaces the generated one)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from avec.policy import ModelCard, Policy, UseCase
from avec.store.audit import append
from avec.store.tables import Notice

# what the patient receives, in their words
WHAT = {
    "consultation_note": "le compte rendu de votre consultation",
    "discharge_letter": "votre lettre de sortie de l'hôpital",
    "literature_synthesis": "un résumé d'articles scientifiques",
    "patient_leaflet": "ce document d'information",
    "admin_form": "ce formulaire administratif",
    "reformulation": "ce texte",
    "prescription_summary": "le résumé de votre traitement",
}


def _where(models: list[ModelCard]) -> str:
    ai = [m for m in models if m.is_ai and m.backend.value != "external"]
    if ai and all(m.hosting.strip().lower() == "local" for m in ai):
        return "L'outil fonctionne sur les ordinateurs de l'établissement. Vos informations ne sortent pas."
    if ai and all(m.hds_certified or m.hosting.strip().lower() == "local" for m in ai):
        return ("L'outil fonctionne chez un hébergeur agréé pour les données de santé (HDS), "
                "en France ou en Europe.")  # fmt: skip
    return ("L'outil peut fonctionner chez un prestataire extérieur. Il ne reçoit alors "
            "ni votre nom ni vos coordonnées.")  # fmt: skip


def generated(policy: Policy, case: UseCase) -> str:
    models = policy.models_for(case)
    what = WHAT.get(case.id, case.label.lower())
    trains = any(m.trains_on_inputs for m in models)
    contact = policy.contact
    write_to = " ; ".join(x for x in (contact.service, contact.email, contact.phone) if x)
    lines = [
        "Information sur l'utilisation d'une intelligence artificielle",
        "",
        f"Pour préparer {what}, votre soignant s'est aidé d'un outil d'intelligence artificielle.",
        "",
        "Ce que l'outil a fait",
        "L'outil a proposé un premier texte à partir des informations de votre dossier. "
        "Il ne décide rien. Il ne remplace pas votre soignant.",
        "",
        "Vos informations",
        "Avant l'envoi à l'outil, ce qui permet de vous reconnaître est remplacé par des codes : "
        "votre nom, votre date de naissance, votre adresse, votre numéro de téléphone."
        if case.data.value == "pseudonymised" else
        "Vos informations restent dans un cadre protégé : l'outil est autorisé à les recevoir.",
        _where(models),
        "Vos informations servent peut-être à améliorer l'outil." if trains else
        "Vos informations ne servent pas à entraîner l'outil.",
        f"Elles sont gardées {case.retention_days} jours au plus.",
        "",
        "Le contrôle par un professionnel",
        "Un professionnel de santé a relu le texte. Il l'a corrigé si besoin, puis validé. "
        "C'est lui qui en est responsable.",
        "",
        "Vos droits",
        "Vous pouvez demander à voir vos informations et à les corriger. "
        "Vous pouvez aussi refuser l'usage de cet outil pour vous.",
        f"Pour cela, écrivez à {write_to}." if write_to else "",
        f"Pour vos données personnelles, contactez le délégué à la protection des données : {contact.dpo}."
        if contact.dpo else "",
    ]  # fmt: skip
    return "\n".join(line for line in lines if line is not None).strip() + "\n"


def current(engine: Engine, policy: Policy, case: UseCase) -> tuple[str, Notice | None]:
    """The notice shown to patients: the référent's edit if any, else the generated one."""
    with Session(engine) as session:
        edited = session.get(Notice, case.id)
        if edited is not None:
            session.expunge(edited)
            return edited.text, edited
    return generated(policy, case), None


def save(engine: Engine, case: UseCase, text: str, by: str) -> None:
    text = text.replace("\r\n", "\n").strip()
    if not text:
        raise ValueError("La notice est vide.")
    now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    with Session(engine) as session, session.begin():
        session.merge(Notice(use_case=case.id, text=text + "\n", edited_by=by, updated=now))
    append(engine, "notice_edited", f"user:{by}", {"use_case": case.id, "chars": len(text)})


def reset(engine: Engine, case: UseCase, by: str) -> None:
    with Session(engine) as session, session.begin():
        edited = session.get(Notice, case.id)
        if edited is not None:
            session.delete(edited)
    append(engine, "notice_reset", f"user:{by}", {"use_case": case.id})
