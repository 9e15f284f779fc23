"""`make audit`'s verdict: a page breaks the budget of DESIGN.md when a Lighthouse category
falls below it, when the HTML checker finds an error, or when the page does not load."""

from deploy.audit import BUDGET, Result

WITHIN = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}


def test_the_budget_is_the_design_documents():
    assert BUDGET == WITHIN


def test_a_page_at_the_budget_passes():
    assert Result("/", scores=dict(WITHIN), lighthouse=True).broken() == []


def test_each_category_below_its_budget_breaks_it():
    for name, minimum in WITHIN.items():
        scores = {**WITHIN, name: minimum - 1}
        assert Result("/", scores=scores, lighthouse=True).broken() == [
            f"{name} {minimum - 1} < {minimum}"
        ]


def test_one_html_error_breaks_it():
    result = Result("/iop/", html_errors=["line 3: Stray end tag “p”."])
    assert result.broken() == ["1 HTML errors"]


def test_a_page_only_checked_for_html_needs_no_scores():
    assert Result("/iop/prisma/").broken() == []


def test_a_page_that_does_not_load_breaks_it():
    assert Result("/saknas/", error="HTTP 404").broken() == ["HTTP 404"]
