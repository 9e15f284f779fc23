"""Every template and code string has its English translation."""

from pathlib import Path

import polib
from django.conf import settings

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.po"


def test_english_catalogue_is_complete():
    catalogue = polib.pofile(str(CATALOGUE))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


def test_english_catalogue_is_compiled_from_the_current_source():
    compiled = CATALOGUE.with_suffix(".mo")
    assert compiled.exists(), "run: manage.py compilemessages"
    assert compiled.stat().st_mtime >= CATALOGUE.stat().st_mtime
