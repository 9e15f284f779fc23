"""Renders the link-preview cards, static/img/share/*.svg, to the PNGs beside them.

Debian's chromium draws each SVG at 1200×630 (through Playwright, already in the
development tools), and Pillow stores it as an optimised palette PNG: a card of flat colours
and text needs no more, and stays small for those who share a link on a phone. Run after
changing a card and commit both files: `make share-images`."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand
from PIL import Image

from lundsite.share_images import HEIGHT, SHARE_DIR, WIDTH

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--hide-scrollbars"]


class Command(BaseCommand):
    help = "Ritar om delningsbilderna (static/img/share/*.svg) till PNG i 1200×630."

    def handle(self, *args, **options) -> None:
        from playwright.sync_api import sync_playwright

        folder = Path(settings.BASE_DIR) / "static" / SHARE_DIR
        sources = sorted(folder.glob("*.svg"))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
            page = browser.new_page(viewport={"width": WIDTH, "height": HEIGHT})
            for source in sources:
                target = source.with_suffix(".png")
                page.goto(source.as_uri())
                page.screenshot(
                    path=str(target), clip={"x": 0, "y": 0, "width": WIDTH, "height": HEIGHT}
                )
                compact(target)
                self.stdout.write(f"{target.relative_to(settings.BASE_DIR)}")
            browser.close()


def compact(path: Path) -> None:
    """256 colours are enough for flat fills and anti-aliased text."""
    with Image.open(path) as image:
        palette = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
    palette.save(path, optimize=True)
