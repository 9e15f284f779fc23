"""LIX (läsbarhetsindex), the Swedish measure of how hard a text is to read.

LIX = words per sentence + the share of long words (more than six letters) in per cent.
Under 30 is very easy (lättläst), 30–40 easy, 40–50 middling, above 50 hard: the site keeps
every page at 45 or below (DESIGN.md), its lättläst pages under 30.

A page's prose is the text of its main content's blocks (paragraphs, list items, headings,
table cells), not its menus, forms or footer. Each block ends a sentence even without a full
stop: a heading or a list item is read as one.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

from bs4 import BeautifulSoup

LONG_WORD = 6
# A word: letters or digits, joined by hyphens ("IOP-avtal" is one word); a number may hold
# a colon, point or comma ("10:30", "3,5").
WORD = re.compile(r"\d+(?:[:.,]\d+)+|[^\W_]+(?:-[^\W_]+)*")
# A sentence ends at . ! ? or : followed by a space or the end of the block.
SENTENCE_END = re.compile(r"[.!?:]+(?=\s|$)")
BLOCK_END = re.compile(r"[.!?:]$")
PROSE_BLOCKS = ["p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th"]
NOT_PROSE = ["nav", "form", "script", "style", "template", "svg"]


@dataclass(frozen=True)
class Readability:
    words: int
    sentences: int
    long_words: int

    @property
    def lix(self) -> float:
        if not self.words:
            return 0.0
        return self.words / max(self.sentences, 1) + 100 * self.long_words / self.words


def measure(blocks: Iterable[str]) -> Readability:
    """Words, sentences and long words of some blocks of text."""
    words = sentences = long_words = 0
    for block in blocks:
        found = WORD.findall(block)
        if not found:
            continue
        words += len(found)
        long_words += sum(1 for word in found if len(word.replace("-", "")) > LONG_WORD)
        # Every full stop ends a sentence, and so does the end of the block.
        text = block.strip()
        sentences += len(SENTENCE_END.findall(text)) + (not BLOCK_END.search(text))
    return Readability(words=words, sentences=sentences, long_words=long_words)


def lix(text: str) -> float:
    """The LIX of a plain text, each line a block."""
    return measure(text.splitlines()).lix


def main_prose(html: str) -> list[str]:
    """The blocks of prose in a page's <main>, innermost blocks only, so that no text counts
    twice (a list inside a list item)."""
    main = BeautifulSoup(html, "html.parser").find("main")
    if main is None:
        return []
    for element in main.find_all(NOT_PROSE):
        element.decompose()
    blocks = []
    for block in main.find_all(PROSE_BLOCKS):
        if block.find(PROSE_BLOCKS):
            # Only the block's own text, outside the blocks it holds.
            for inner in block.find_all(PROSE_BLOCKS):
                inner.extract()
        text = " ".join(block.get_text(" ").split())
        if text:
            blocks.append(text)
    return blocks
