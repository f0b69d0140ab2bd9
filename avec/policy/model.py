"""The policy as typed data: the authorised perimeter, the models, who may do what.

Every model forbids unknown keys (a misspelt setting is an error, not a silent default). Human
review is not a setting: a use case that tries to turn it off is rejected.
"""

from __future__ import annotations

import re
from enum import IntEnum, StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from avec.metrics.energy import EnergySettings
from avec.privacy.entities import Label

Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_\-]{1,63}$")]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Level(IntEnum):
    """Competency levels of the HAS guide's Apprendre: from first secure use to référent."""

    NON_FORME = 0
    PREMIER_USAGE = 1
    CONFIRME = 2
    REFERENT = 3


LEVEL_LABELS = {
    Level.NON_FORME: "non formé",
    Level.PREMIER_USAGE: "premier usage sécurisé",
    Level.CONFIRME: "utilisateur confirmé",
    Level.REFERENT: "référent-auditeur",
}


class Role(StrEnum):
    PROFESSIONNEL = "professionnel"
    REFERENT = "référent"
    ADMINISTRATEUR = "administrateur"


class DataAllowed(StrEnum):
    PSEUDONYMISED = "pseudonymised"  # identifiers replaced before the text leaves
    IDENTIFYING = "identifying"  # only to a model whose card allows it


class Backend(StrEnum):
    OPENAI = "openai"  # any OpenAI-compatible server: vLLM, Ollama, llama.cpp, Mistral, Azure
    LOCAL = "local"  # the embedded GGUF model
    RULES = "rules"  # the deterministic "sans IA" structurer, never presented as AI
    EXTERNAL = "external"  # produced in another tool, pasted for verification


class ModelCard(Strict):
    """A catalogue entry and what a professional must know about it (« fiche outil »)."""

    id: Slug
    label: str
    backend: Backend
    provider: str
    endpoint: str | None = None
    model: str | None = None
    api_key_env: str | None = None
    hosting: str = Field(description="where inputs are processed: 'local', 'France (HDS)'…")
    hds_certified: bool = False
    retention: str = "aucune"
    trains_on_inputs: bool = False
    identifying_allowed: bool = False
    parameters_total_b: float | None = Field(default=None, gt=0)
    parameters_active_b: float | None = Field(default=None, gt=0)
    context_window: int | None = Field(default=None, gt=0)
    intended_use: str = ""
    known_limits: list[str] = []
    provenance: str = ""
    is_ai: bool = True
    structured_output: bool = Field(default=False, description="ask for the use case's fields as "
                                    "JSON (a schema the server enforces), then render them")  # fmt: skip
    task: Literal["text", "transcription"] = "text"  # a speech-to-text engine is its own card

    @model_validator(mode="after")
    def _coherent(self) -> ModelCard:
        if self.backend is Backend.OPENAI and not self.endpoint:
            raise ValueError("un modèle « openai » doit indiquer son endpoint (URL du serveur)")
        local = (
            self.backend in (Backend.LOCAL, Backend.RULES)
            or self.hosting.strip().lower() == "local"
        )
        if self.identifying_allowed and not (self.hds_certified or local):
            raise ValueError(
                "des données identifiantes ne peuvent aller qu'à un modèle hébergé localement "
                "ou certifié HDS (identifying_allowed exige hds_certified ou un hébergement local)"
            )
        if self.identifying_allowed and self.trains_on_inputs:
            raise ValueError(
                "un modèle qui s'entraîne sur les entrées ne peut pas recevoir de données identifiantes"
            )
        if self.task == "transcription":
            if self.backend not in (Backend.OPENAI, Backend.LOCAL):
                raise ValueError(
                    "un moteur de transcription est un serveur « openai » ou le modèle « local »"
                )
            if not self.identifying_allowed:
                raise ValueError(
                    "une voix est une donnée identifiante qu'on ne peut pas pseudonymiser : un moteur de "
                    "transcription doit être local ou certifié HDS (identifying_allowed: true)"
                )
        if self.backend is Backend.RULES and self.is_ai:
            raise ValueError(
                "le structurateur « sans IA » ne doit pas être présenté comme une IA (is_ai: false)"
            )
        return self


class OutputField(Strict):
    """One field of a structured proposition: the model fills it, avec renders it as a section."""

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
    label: str  # the section heading, in French
    instruction: str  # what goes in it (given to the model)
    list: bool = False  # a list of items (treatments, steps) rather than a paragraph


class UseCase(Strict):
    """One authorised use: what may be asked, to which models, with which data and checks."""

    id: Slug
    label: str
    description: str
    prompt_template: str
    checks: list[str] = [
        "quantities",
        "drugs",
        "assertions",
        "dates",
        "laterality",
        "notation",
        "doses",
    ]
    min_level: Level = Level.PREMIER_USAGE
    models: list[str] = ["all"]
    data: DataAllowed = DataAllowed.PSEUDONYMISED
    retention_days: int = Field(default=30, ge=1, le=3650)
    owner: str = Field(default="", description="who answers for this use (registre des usages)")
    fields: list[OutputField] = Field(default=[], description="structured output, for models that "
                                      "follow a JSON schema better than they write free text")  # fmt: skip
    human_review: Literal[True] = True

    @field_validator("human_review", mode="before")
    @classmethod
    def _review_is_mandatory(cls, value: object) -> object:
        if value is not True:
            raise ValueError("la relecture humaine est obligatoire et ne peut pas être désactivée")
        return value

    @field_validator("fields")
    @classmethod
    def _distinct_fields(cls, fields: list[OutputField]) -> list[OutputField]:
        ids = [f.id for f in fields]
        if len(ids) != len(set(ids)):
            raise ValueError("deux champs de sortie portent le même identifiant")
        return fields

    @field_validator("prompt_template")
    @classmethod
    def _has_source(cls, value: str) -> str:
        if "{source}" not in value:
            raise ValueError("le modèle de requête doit contenir {source}")
        return value


class ForbiddenUse(Strict):
    """A use the guide excludes (autonomous diagnosis or treatment decision, prescription)."""

    id: Slug
    label: str
    explanation: str
    patterns: list[str] = Field(min_length=1)

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, patterns: list[str]) -> list[str]:
        return [_regex(p) for p in patterns]


class SitePatternSpec(Strict):
    """A site-specific identifier (an IPP format…), redacted by avec pseudonymize."""

    label: Label
    pattern: str
    description: str = "motif propre à l'établissement"

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, pattern: str) -> str:
        return _regex(pattern)


class Privacy(Strict):
    site_patterns: list[SitePatternSpec] = []
    hospitals: list[str] = Field(default=[], description="names of the site's establishments")
    keep_audio: bool = Field(default=False, description="keep a consultation recording (encrypted) "
                             "after its transcript is confirmed; deleted by default")  # fmt: skip


class Limits(Strict):
    """Unbounded-consumption guards (OWASP LLM10), counted in the database so that several
    processes or hosts share them."""

    requests_per_minute_per_key: int = Field(default=60, ge=1)
    requests_per_minute_per_user: int = Field(default=20, ge=1)
    daily_tokens_per_key: int | None = Field(default=2_000_000, ge=1)
    daily_tokens_per_user: int | None = Field(default=200_000, ge=1)


class Contact(Strict):
    """Who patients and staff write to (the notices, the register)."""

    service: str = "la direction de l'établissement"
    email: str = ""
    phone: str = ""
    dpo: str = Field(default="", description="the data protection officer's contact (RGPD)")


class Policy(Strict):
    version: Literal[1] = 1
    organisation: str
    contact: Contact = Contact()
    use_cases: list[UseCase] = Field(min_length=1)
    forbidden_uses: list[ForbiddenUse] = []
    models: list[ModelCard] = Field(min_length=1)
    roles: list[Role] = list(Role)
    privacy: Privacy = Privacy()
    limits: Limits = Limits()
    energy: EnergySettings = EnergySettings()  # how avec estimates energy, GHG and water

    @model_validator(mode="after")
    def _references(self) -> Policy:
        from avec.verify.checker import registered

        _unique([u.id for u in self.use_cases], "cas d'usage")
        _unique([m.id for m in self.models], "modèle")
        cards = {m.id: m for m in self.models}
        checks = set(registered())
        for case in self.use_cases:
            unknown = [m for m in case.models if m != "all" and m not in cards]
            if unknown:
                raise ValueError(
                    f"cas d'usage « {case.id} » : modèle(s) inconnu(s) {', '.join(unknown)}"
                )
            bad = [c for c in case.checks if c not in checks]
            if bad:
                raise ValueError(
                    f"cas d'usage « {case.id} » : vérification(s) inconnue(s) {', '.join(bad)} "
                    f"(connues : {', '.join(sorted(checks))})"
                )
        return self

    def use_case(self, case_id: str) -> UseCase | None:
        return next((u for u in self.use_cases if u.id == case_id), None)

    def model(self, model_id: str) -> ModelCard | None:
        return next((m for m in self.models if m.id == model_id), None)

    def models_for(self, case: UseCase) -> list[ModelCard]:
        """The catalogue entries a use case may call (identifying data narrows the list)."""
        text = [m for m in self.models if m.task == "text"]
        allowed = text if "all" in case.models else [m for m in text if m.id in case.models]
        if case.data is DataAllowed.IDENTIFYING:
            allowed = [m for m in allowed if m.identifying_allowed]
        return allowed

    def transcription_engines(self) -> list[ModelCard]:
        """The speech-to-text engines of the catalogue, in order of preference."""
        return [m for m in self.models if m.task == "transcription"]

    def use_cases_for(self, level: int) -> list[UseCase]:
        return [u for u in self.use_cases if u.min_level <= level]


def _regex(pattern: str) -> str:
    try:
        re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"expression régulière invalide « {pattern} » : {exc}") from None
    return pattern


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for i in ids:
        if i in seen:
            raise ValueError(f"identifiant de {what} en double : {i}")
        seen.add(i)
