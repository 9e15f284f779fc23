"""The link-preview cards: every card exists in both languages at 1200×630, and its alt
text says what the card says."""

import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation
from PIL import Image

from lundsite.share_images import CARDS, HEIGHT, LANGUAGES, SHARE_DIR, WIDTH

FOLDER = Path(settings.BASE_DIR) / "static" / SHARE_DIR
EVERY_CARD = [(key, language) for key in CARDS for language in LANGUAGES]


@pytest.mark.parametrize(("key", "language"), EVERY_CARD)
def test_each_card_is_a_1200_by_630_png_rendered_from_its_svg(key, language):
    png = FOLDER / f"{key}.{language}.png"
    assert (FOLDER / f"{key}.{language}.svg").is_file()
    with Image.open(png) as image:
        assert image.format == "PNG"
        assert image.size == (WIDTH, HEIGHT) == (1200, 630)
    # Small enough for a phone on a slow network to fetch a preview.
    assert png.stat().st_size < 100_000


@pytest.mark.parametrize(("key", "language"), EVERY_CARD)
def test_the_alt_text_says_what_the_card_says(key, language):
    svg = (FOLDER / f"{key}.{language}.svg").read_text()
    card_words = set(re.findall(r"\w+", unescape(" ".join(re.findall(r">([^<]+)</text>", svg)))))
    with translation.override(language):
        alt = str(CARDS[key])
    assert set(re.findall(r"\w+", alt)) <= card_words


def test_no_card_is_left_without_an_alt_text():
    svgs = {path.name.split(".")[0] for path in FOLDER.glob("*.svg")}
    assert svgs == set(CARDS)
