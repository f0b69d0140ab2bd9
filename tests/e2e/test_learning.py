"""Apprendre in a real browser: a new user at level 0 cannot use a gated use case, reads the
level-1 modules and answers their quizzes by clicking, reaches level 1, gets the attestation,
and can then generate through the use case that was refused."""

from __future__ import annotations

from typing import Any

from avec.learn.modules import Quiz, load_levels, load_module, load_quiz
from avec.policy import LEVEL_LABELS, Level
from avec.store.accounts import add_user, get_user
from tests.e2e.support import (
    ANSWER,
    SOURCE,
    Stack,
    Tab,
    axe_violations,
    generate,
    require_browser,
    sign_in,
    unlabelled_controls,
)
from tests.llm.fake_openai import Reply
from tests.web.workbench import PASSWORD

require_browser()

GATED = "consultation_note"  # min_level 1 in the shipped policy


def serious(tab: Tab) -> list[str]:
    return [
        f"{v['impact']} {v['id']} ({v['help']}): {node['target']} {node['html'][:120]}"
        for v in axe_violations(tab)
        for node in v["nodes"]
    ]


def answer_quiz(page: Any, quiz: Quiz, wrong: int = 0) -> None:
    """Tick the right options of every question (each found by its legend, each option by its
    label), except the first `wrong` questions, where one wrong option alone is ticked."""
    for index, question in enumerate(quiz.questions, start=1):
        group = page.get_by_role("group", name=f"{index}. {question.prompt}", exact=True)
        if index <= wrong:
            chosen = {next(a.id for a in question.answers if a.id not in question.correct)}
        else:
            chosen = set(question.correct)
        for option in question.answers:
            box = group.get_by_role("checkbox", name=option.text, exact=True)
            box.set_checked(option.id in chosen)


def submit_quiz(page: Any) -> Any:
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Valider mes réponses").click()
    return nav.value


def header(page: Any) -> str:
    return str(page.locator("header").inner_text())


def test_level_zero_learns_in_the_browser_reaches_level_one_and_may_ask(
    tab: Tab, stack: Stack
) -> None:
    page = tab.page
    rule = load_levels().levels[0]
    assert rule.level == 1
    threshold = rule.min_percentage
    add_user(stack.engine, "zoe", "professionnel", 0, PASSWORD)
    stack.upstream.script.append(Reply(ANSWER))

    # level 0: the gated use case is listed as not accessible, not offered
    assert sign_in(tab, "zoe", PASSWORD).ok
    page.wait_for_url(stack.base + "/")
    assert f"zoe · professionnel · niveau 0 ({LEVEL_LABELS[Level(0)]})" in header(page)
    cases = page.get_by_role("region", name="Vos cas d'usage")
    gated_label = stack.pipeline.policy.use_case(GATED).label
    assert cases.get_by_role("link", name=gated_label).count() == 0
    assert f"Non accessibles à votre niveau : {gated_label} (niveau 1)" in cases.inner_text()

    # the form does not offer it, even asked for by its address; forcing it is refused
    tab.go(f"/demande?cas={GATED}")
    use_case = page.get_by_label("Cas d'usage")
    offered = use_case.locator("option").evaluate_all("options => options.map(o => o.value)")
    assert GATED not in offered
    use_case.evaluate(
        "(select, id) => { select.add(new Option(id, id)); select.value = id; }", GATED
    )
    page.get_by_label("Source (transcription").fill(SOURCE)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Voir ce qui sera envoyé").click()
    assert nav.value.status == 403
    refusal = page.get_by_role("alert").inner_text()
    assert f"« {gated_label} » demande le niveau 1 ; votre niveau est 0." in refusal
    assert stack.upstream.requests == []

    # Apprendre: level 0, the rules, the level-1 modules not yet attempted
    page.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="Apprendre"
    ).click()
    page.wait_for_url("**/apprendre")
    main = page.get_by_role("main")
    assert f"Votre niveau : 0 — {LEVEL_LABELS[Level(0)]}" in main.inner_text()
    assert f"Niveau 1 — {rule.label}" in main.inner_text()
    tab.shot("apprendre-modules.png")

    for number, module_id in enumerate(rule.modules):
        module, quiz = load_module(module_id), load_quiz(module_id)
        total = len(quiz.questions)
        page.get_by_role("link", name=f"{module.id}. {module.title}", exact=True).click()
        page.wait_for_url(f"**/apprendre/{module_id}")
        # read it: the module's title, its text, its sources, then the quiz
        assert page.title() == f"{module.title} — avec"
        assert page.get_by_role("heading", level=1).count() == 1  # the module's own heading
        assert len(page.get_by_role("article").inner_text().split()) > module.words // 2
        assert "Sources : " in main.inner_text()
        assert page.get_by_role("heading", name="Quiz", level=2).is_visible()
        assert page.get_by_role("group").count() == total
        assert unlabelled_controls(tab) == []  # every option named by its label

        if number == 0:
            # a first attempt with too many mistakes: below the threshold, explained
            wrong = next(k for k in range(total + 1) if 100 * (total - k) < threshold * total)
            answer_quiz(page, quiz, wrong=wrong)
            assert submit_quiz(page).status == 200
            right = total - wrong
            percent = round(100 * right / total, 1)  # as avec.learn.modules.Score rounds it
            assert percent < threshold
            score = page.get_by_role("status").filter(has_text="Score").inner_text()
            assert score.startswith(f"Score : {right} / {total} ({percent:.0f} %)")
            assert page.get_by_role("status").filter(has_text="Niveau atteint").count() == 0
            for index, question in enumerate(quiz.questions, start=1):
                group = page.get_by_role("group", name=f"{index}. {question.prompt}", exact=True)
                said = group.inner_text()
                verdict = "Réponse incomplète ou inexacte" if index <= wrong else "Bonne réponse"
                assert verdict in said
                for option in question.answers:  # every option's explanation, marked ✓ or ✗
                    mark = "✓" if option.id in question.correct else "✗"
                    assert f"{mark} {option.explanation}" in said
            # the answers given stay ticked, to correct them
            first = quiz.questions[0]
            group = page.get_by_role("group", name=f"1. {first.prompt}", exact=True)
            ticked = [
                a.id
                for a in first.answers
                if group.get_by_role("checkbox", name=a.text, exact=True).is_checked()
            ]
            assert len(ticked) == 1 and ticked[0] not in first.correct
            tab.shot("apprendre-quiz-explications.png")
            found = serious(tab)
            assert found == [], "\n".join(found)

        answer_quiz(page, quiz)
        assert submit_quiz(page).status == 200
        score = page.get_by_role("status").filter(has_text="Score").inner_text()
        assert score.startswith(f"Score : {total} / {total} (100 %)")
        assert "Réponse incomplète ou inexacte" not in main.inner_text()
        raised = page.get_by_role("status").filter(has_text="Niveau atteint")
        user = get_user(stack.engine, "zoe")
        assert user is not None
        if module_id != rule.modules[-1]:
            assert raised.count() == 0 and user.level == 0
        else:
            # the last required module: the page announces level 1
            assert raised.inner_text() == (
                "Niveau atteint : 1. Les cas d'usage de ce niveau vous sont ouverts."
            )
            assert user.level == 1
            tab.shot("apprendre-niveau-atteint.png")
        page.get_by_role("main").get_by_role("link", name="Apprendre").click()
        page.wait_for_url("**/apprendre")
        card = page.get_by_role("listitem").filter(
            has=page.get_by_role("link", name=f"{module.id}. {module.title}", exact=True)
        )
        assert "Meilleur score : 100 % réussi" in card.inner_text()

    assert f"niveau 1 ({rule.label})" in header(page)
    assert f"Votre niveau : 1 — {rule.label}" in main.inner_text()

    # the attestation lists the passed modules, each with its best score
    page.get_by_role("link", name="Attestation").click()
    page.wait_for_url("**/apprendre/attestation")
    assert f"zoe : niveau 1, {rule.label}." in main.inner_text()
    rows = page.get_by_role("table").get_by_role("row")
    assert rows.count() == 1 + len(rule.modules)
    for module_id in rule.modules:
        title = f"{module_id}. {load_module(module_id).title}"
        row = rows.filter(has=page.get_by_role("cell", name=title, exact=True))
        assert row.get_by_role("cell", name="100 %").count() == 1
    tab.shot("apprendre-attestation.png")
    found = serious(tab)
    assert found == [], "\n".join(found)

    # the gated use case is now offered, and a generation through it reaches the review
    page.get_by_role("navigation", name="Navigation principale").get_by_role(
        "link", name="Accueil"
    ).click()
    page.wait_for_url(stack.base + "/")
    page.get_by_role("region", name="Vos cas d'usage").get_by_role("link", name=gated_label).click()
    page.wait_for_url(f"**/demande?cas={GATED}")
    assert page.get_by_label("Cas d'usage").input_value() == GATED
    page.get_by_label("Source (transcription").fill(SOURCE)
    with page.expect_navigation() as nav:
        page.get_by_role("button", name="Voir ce qui sera envoyé").click()
    assert nav.value.status == 200 and "Ce qui sera envoyé" in page.locator("h1").inner_text()
    request_id = generate(tab)
    assert page.url.endswith(f"/relecture/{request_id}")
    assert "Mme Jeanne KERHERVÉ : toux" in page.locator("[data-editor=final]").inner_text()
    assert len(stack.upstream.requests) == 1
    assert "KERHERVÉ" not in stack.sent_upstream()

    assert tab.outside() == []
    tab.assert_clean()
