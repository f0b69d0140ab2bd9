"""Use cases the checks know about (the governed policy of a later release extends this list)."""

from __future__ import annotations

USE_CASES: dict[str, str] = {
    "consultation_note": "Note de consultation à partir d'une transcription",
    "discharge_letter": "Courrier de sortie / compte rendu d'hospitalisation",
    "prescription_summary": "Synthèse d'ordonnance ou de traitement",
    "patient_leaflet": "Document d'information patient en langage clair",
    "literature_synthesis": "Synthèse de littérature",
    "admin_form": "Pré-remplissage de formulaire administratif",
    "reformulation": "Reformulation d'un texte",
}


class UnknownUseCase(ValueError):
    def __init__(self, name: str) -> None:
        known = ", ".join(USE_CASES)
        super().__init__(f"Cas d'usage inconnu : « {name} ». Cas d'usage possibles : {known}.")
