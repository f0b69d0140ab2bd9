"""Never a crash: damaged uploads give a `DocumentError`, whatever the damage."""

from __future__ import annotations

import random

import pytest

from avec.documents import DocumentError, docx, extract
from tests.documents.builders import make_docx, make_pdf, para
from tests.documents.test_docx import LETTER
from tests.documents.test_pdf import PAGE_1, PAGE_2


def _mutate(data: bytes, rng: random.Random) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        pos = rng.randrange(len(b))
        op = rng.random()
        if op < 0.6:
            b[pos] = rng.randrange(256)
        elif op < 0.8:
            del b[pos : pos + rng.randint(1, 40)]
        else:
            b[pos:pos] = rng.randbytes(rng.randint(1, 16))
    return bytes(b)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_mutated_files_never_crash(kind: str) -> None:
    seed = make_pdf([PAGE_1, None, PAGE_2]) if kind == "pdf" else make_docx(LETTER)
    rng = random.Random(kind)
    outcomes: set[str] = set()
    for _ in range(300):
        try:
            extract(_mutate(seed, rng), f"f.{kind}")
            outcomes.add("ok")
        except DocumentError as exc:
            assert str(exc) and exc.code
            outcomes.add(exc.code)
    assert "ok" in outcomes and "damaged" in outcomes


def test_zip_bomb_part_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx, "MAX_PART_BYTES", 10_000)
    data = make_docx(
        para("Créatinine " * 2_000)
    )  # ~22 KB of XML, compressed to a few hundred bytes
    with pytest.raises(DocumentError) as err:
        extract(data, "a.docx")
    assert err.value.code == "too_large"


def test_deeply_nested_xml_is_damaged_not_a_crash() -> None:
    depth = 50_000
    body = "<w:p>" + "<w:hyperlink>" * depth + "</w:hyperlink>" * depth + "</w:p>"
    with pytest.raises(DocumentError) as err:
        extract(make_docx(body), "a.docx")
    assert err.value.code == "damaged"
