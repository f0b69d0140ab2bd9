"""Gouverner — the policy file: the authorised perimeter, forbidden uses, model cards, levels.

from avec.policy import load_policy
policy = load_policy("policy.yaml")     # or load_policy() for the shipped default
"""

from avec.policy.forbidden import ForbiddenMatch, find_forbidden
from avec.policy.loader import (
    PolicyError,
    active_policy_path,
    default_policy_path,
    load_policy,
    parse_policy,
)
from avec.policy.model import (
    LEVEL_LABELS,
    Backend,
    DataAllowed,
    ForbiddenUse,
    Level,
    ModelCard,
    Policy,
    Role,
    UseCase,
)

__all__ = [
    "LEVEL_LABELS", "Backend", "DataAllowed", "ForbiddenMatch", "ForbiddenUse", "Level",
    "ModelCard", "Policy", "PolicyError", "Role", "UseCase", "active_policy_path", "default_policy_path",
    "find_forbidden", "load_policy", "parse_policy",
]  # fmt: skip
