"""On a tablet held upright (820 × 1180), the review stacks the source above the proposition and
the validation stays within reach."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import open_tab
from tests.e2e.support import (
    ANSWER,
    SOURCE,
    Stack,
    Tab,
    fill_request,
    generate,
    require_browser,
    sign_in,
)
from tests.llm.fake_openai import Reply
from tests.web.workbench import PASSWORD

require_browser()
WIDTH, HEIGHT = 820, 1180


@pytest.fixture
def tablet(browser: Any, stack: Stack) -> Iterator[Tab]:
    yield from open_tab(browser, stack.base, WIDTH, HEIGHT, has_touch=True)


def test_the_review_is_one_column_and_validation_is_reachable_on_a_tablet(
    tablet: Tab, stack: Stack
) -> None:
    page = tablet.page
    stack.upstream.script.append(Reply(ANSWER))
    sign_in(tablet, "alice", PASSWORD)
    fill_request(tablet, "consultation_note", SOURCE)
    generate(tablet)

    source = page.locator("section[aria-labelledby=src-title]").bounding_box()
    proposition = page.locator("section[aria-labelledby=prop-title]").bounding_box()
    assert source and proposition
    assert proposition["y"] >= source["y"] + source["height"]  # stacked, source first
    assert abs(proposition["x"] - source["x"]) < 2 and proposition["width"] > WIDTH * 0.8
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH  # no sideways scroll
    tablet.shot("relecture-tablette.png")

    validate = page.get_by_role("button", name="Valider le texte")
    validate.scroll_into_view_if_needed()
    box = validate.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= HEIGHT
    assert box["height"] >= 44 and box["x"] + box["width"] <= WIDTH  # a finger-sized target
    with page.expect_navigation() as nav:
        validate.tap()  # a finger, not a mouse
    assert nav.value.status == 409  # reached and pressed: the open error still blocks
    tablet.assert_clean()
