"""Reads the site's initial content from the YAML files in `home/content/`.

The pages' text is data, not code: kept as YAML so that it reads (and diffs) as text, can be
proofread by someone who does not write Python, and cannot run anything when it is loaded.
Each file holds one spec for `home.seeding.SiteSeeder` (a page, with both languages side by
side; see `home.specs`), or a list of them (snippets, example pages). Two things are
worked out here:

- a string in a page's `children` names another file, relative to the one it is in, whose
  page or list of pages takes its place;
- a value `{days_from_today: N}` becomes the date N days from today, so that example
  assignments are always current; `{days_from_today: N, at: "HH:MM"}` becomes that moment
  in the site's time zone (an event's start and end).
"""

import datetime
from pathlib import Path
from typing import Any

import yaml
from django.utils import timezone

CONTENT_DIR = Path(__file__).resolve().parent / "content"
DAYS_FROM_TODAY = "days_from_today"
AT = "at"


def load(name: str, today: datetime.date | None = None) -> Any:
    """The spec (or list of specs) in `home/content/<name>`, children and dates filled in."""
    return _load(CONTENT_DIR / name, today or datetime.date.today())


def content_files() -> list[Path]:
    """Every content file, in a stable order."""
    return sorted(CONTENT_DIR.rglob("*.yaml"))


def _load(path: Path, today: datetime.date) -> Any:
    with path.open(encoding="utf-8") as file:
        data = yaml.safe_load(file)
    return _resolve(data, path.parent, today)


def _resolve(value: Any, folder: Path, today: datetime.date) -> Any:
    if isinstance(value, dict):
        if set(value) == {DAYS_FROM_TODAY}:
            return today + datetime.timedelta(days=value[DAYS_FROM_TODAY])
        if set(value) == {DAYS_FROM_TODAY, AT}:
            day = today + datetime.timedelta(days=value[DAYS_FROM_TODAY])
            moment = datetime.datetime.combine(day, datetime.time.fromisoformat(value[AT]))
            return timezone.make_aware(moment)
        return {
            key: (
                _children(item, folder, today)
                if key == "children"
                else _resolve(item, folder, today)
            )
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_resolve(item, folder, today) for item in value]
    return value


def _children(children: list[Any], folder: Path, today: datetime.date) -> list[Any]:
    result: list[Any] = []
    for child in children:
        if isinstance(child, str):
            included = _load(folder / child, today)
            result.extend(included if isinstance(included, list) else [included])
        else:
            result.append(_resolve(child, folder, today))
    return result
