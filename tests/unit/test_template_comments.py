"""Django's {# #} comment ends at the line's end: one spread over lines shows on the page."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_no_template_comment_spans_lines():
    for path in (ROOT / "templates").rglob("*.*"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            opened = line.rfind("{#")
            assert opened == -1 or "#}" in line[opened:], f"{path.relative_to(ROOT)}:{number}"
