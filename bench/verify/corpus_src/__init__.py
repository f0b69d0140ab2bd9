"""Hand-written sources of the verifier benchmark corpus.

Each module ``cases_<genre>.py`` defines ``CASES``: a list of dicts built with
:func:`case` and :func:`E`.  ``bench/verify/build_corpus.py`` turns them into
``bench/verify/corpus.jsonl``.
"""

import textwrap


def T(s):
    """Dedent and strip a triple-quoted text."""
    return textwrap.dedent(s).strip("\n").rstrip()


def E(type_, output_text, source_text=None, note="", occurrence=1):
    return {
        "type": type_,
        "output_text": output_text,
        "occurrence": occurrence,
        "source_text": source_text,
        "note": note,
    }


def case(id_, genre, source, output, errors=()):
    return {
        "id": id_,
        "genre": genre,
        "use_case": genre,
        "source": T(source),
        "output": T(output),
        "errors": list(errors),
    }
