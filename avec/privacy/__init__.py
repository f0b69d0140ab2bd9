"""Protéger: find identifying data in French clinical text and pseudonymise it reversibly.

from avec.privacy import pseudonymize, reidentify
result = pseudonymize(text)                 # placeholders: [NOM_1], [DATE_2]…
answer = reidentify(model_answer, result.mapping).text
"""

from avec.privacy.detector import Detector, SitePattern
from avec.privacy.entities import Entity, Label
from avec.privacy.mapping import Mapping
from avec.privacy.pseudonymizer import MODES, Pseudonymization, Replaced, pseudonymize
from avec.privacy.reidentify import Reidentification, StreamingReidentifier, reidentify
from avec.privacy.vault import Vault, VaultError

__all__ = [
    "MODES", "Detector", "Entity", "Label", "Mapping", "Pseudonymization", "Reidentification",
    "Replaced", "SitePattern", "StreamingReidentifier", "Vault", "VaultError", "pseudonymize", "reidentify",
]  # fmt: skip
