"""The house's plan (DESIGN.md): imports flow one way, and the three wings of partnerships
meet only in the shared parties. Checked on the source, so a shortcut shows up at once."""

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINGS = ("iop", "frivilligkraft", "initiatives", "followup", "events", "joining", "directory")


def sources(folder: str, pattern: str = "*.py") -> list[Path]:
    return [path for path in (ROOT / folder).rglob(pattern) if "migrations" not in path.parts]


def mentions(path: Path, pattern: str) -> list[str]:
    return re.findall(pattern, path.read_text(encoding="utf-8"))


def naming(*apps: str) -> str:
    """An import of the apps, or a string that starts with one's label or template folder."""
    names = "|".join(apps)
    return rf"(?:from|import)\s+(?:{names})\b|[\"'](?:{names})[./]"


@pytest.mark.parametrize(
    ("folder", "upper"),
    [
        ("principles", naming("home", "partnerships")),
        ("lundsite", naming("home", "partnerships", "principles")),
        ("partnerships", naming("home")),
    ],
)
def test_lower_apps_name_no_upper_app(folder, upper):
    for pattern in ("*.py", "*.html"):
        for path in [*sources(folder, pattern), *sources(f"templates/{folder}", pattern)]:
            assert not mentions(path, upper), f"{path.relative_to(ROOT)} names an upper app"


@pytest.mark.parametrize("wing", WINGS)
def test_wings_never_name_each_other(wing):
    others = "|".join(other for other in WINGS if other != wing)
    pattern = rf"partnerships[./](?:{others})\b"
    for path in [
        *sources(f"partnerships/{wing}"),
        *sources(f"templates/partnerships/{wing}", "*.*"),
    ]:
        assert not mentions(path, pattern), f"{path.relative_to(ROOT)} names another wing"


def test_each_subject_has_its_wing():
    folders = {path.name for path in (ROOT / "partnerships").iterdir() if path.is_dir()}
    assert set(WINGS) <= folders
    flat = [path.name for path in (ROOT / "partnerships").glob("*.py")]
    assert not [name for name in flat if name.startswith(("iop_", "assignment", "initiative"))]
