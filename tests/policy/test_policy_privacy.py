"""Site-specific identifiers and establishments from the policy reach avec pseudonymize."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from avec.policy import default_policy_path, parse_policy
from avec.privacy import Detector

TEXT = "Dossier SITE-00042-X, suivi à la Maison Médicale des Glycines depuis mars 2024."


def _policy_text() -> str:
    data = yaml.safe_load(default_policy_path().read_text(encoding="utf-8"))
    data["privacy"] = {
        "site_patterns": [
            {"label": "IPP", "pattern": r"\bSITE-\d{5}-[A-Z]\b", "description": "IPP du site"}
        ],
        "hospitals": ["Maison Médicale des Glycines"],
    }
    return yaml.safe_dump(data, allow_unicode=True)


def test_site_patterns_and_hospitals_are_detected() -> None:
    detector = Detector.from_policy(parse_policy(_policy_text()), use_ner=False)
    found = {(e.label.value, e.text) for e in detector.detect(TEXT)}
    assert ("IPP", "SITE-00042-X") in found
    assert ("HOPITAL", "Maison Médicale des Glycines") in found
    assert not {(e.label.value, e.text) for e in Detector(use_ner=False).detect(TEXT)} >= {
        ("IPP", "SITE-00042-X")
    }


def test_cli_uses_the_policy(tmp_path: Path) -> None:
    policy, text = tmp_path / "policy.yaml", tmp_path / "doc.txt"
    policy.write_text(_policy_text(), encoding="utf-8")
    text.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "AVEC_DATA_DIR": str(tmp_path), "AVEC_NER_MODEL": "none"}
    out = subprocess.run([sys.executable, "-m", "avec", "pseudonymize", str(text), "--policy", str(policy),
                          "--no-vault"], capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert out.returncode == 0, out.stderr
    assert "SITE-00042-X" not in out.stdout and "[IPP_1]" in out.stdout
    broken = tmp_path / "broken.yaml"
    broken.write_text("organisation: [", encoding="utf-8")
    bad = subprocess.run([sys.executable, "-m", "avec", "pseudonymize", str(text), "--policy", str(broken)],
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert bad.returncode == 2 and "politique invalide" in bad.stderr


def test_policy_check_cli(tmp_path: Path) -> None:
    env = {**os.environ, "AVEC_NER_MODEL": "none"}
    ok = subprocess.run([sys.executable, "-m", "avec", "policy", "check"], capture_output=True, text=True,
                        env=env, timeout=60)  # fmt: skip
    assert ok.returncode == 0 and ok.stdout.startswith("Politique valide")
    bad_file = tmp_path / "p.yaml"
    bad_file.write_text(_policy_text().replace("human_review: true", "human_review: false")
                        .replace("retention_days: 30", "retention_days: 30\n  human_review: false", 1),
                        encoding="utf-8")  # fmt: skip
    bad = subprocess.run([sys.executable, "-m", "avec", "policy", "check", str(bad_file)],
                         capture_output=True, text=True, env=env, timeout=60)  # fmt: skip
    assert bad.returncode == 2
    assert "relecture humaine est obligatoire" in bad.stderr
