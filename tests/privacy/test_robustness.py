"""Inputs that break naive pattern matchers: long runs of capitals, hyphens, odd characters.

Each case runs in a child process with a deadline, so a regression to catastrophic regex
backtracking fails the test instead of hanging the suite.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

SCRIPT = """
import json, sys
from avec.privacy import Detector
text = json.loads(sys.stdin.read())
print(len(Detector(use_ner=False).detect(text)))
"""

CASES = {
    "capital headings": "FICHE DE RENSEIGNEMENTS ADMINISTRATIFS CENTRE HOSPITALIER " * 40 + "\n",
    "hyphenated capitals": "Saint-Jean-De-La-Roche-Sur-Mer-Les-Bains " * 200,
    "one long line of names": ("Jean Pierre Marie Dupont Martin " * 400).strip(),
    "digits and separators": "0 6 1 2 3 4 5 6 7 8 9 " * 500 + "1-2-3-4-5-6-7-8-9 " * 300,
    "control and rare characters": "\u200b\ufeffMme\u00a0Dupont\u202fest\u2028revue \x0b\x0c "
    * 200,
    "dictated digits": "zéro six " + "douze, trente-quatre, " * 400,
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_pathological_inputs_finish(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], input=json.dumps(CASES[name]), capture_output=True,
        text=True, timeout=60, env={**os.environ, "AVEC_NER_MODEL": "none"},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 0


def test_empty_and_blank_texts(rules: object) -> None:
    from avec.privacy import Detector, pseudonymize

    detector = Detector(use_ner=False)
    for text in ("", " ", "\n\n"):
        assert detector.detect(text) == []
        assert pseudonymize(text, detector=detector).text == text
