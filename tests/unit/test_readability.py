"""LIX, and what counts as a page's prose (lundsite/readability.py)."""

import pytest

from lundsite.readability import lix, main_prose, measure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 6 words, 2 sentences, no long words: 6 / 2 + 0.
        ("Jag går hem. Det regnar ute.", 3.0),
        # "Överenskommelsen" has more than six letters, "gäller" exactly six: 2 / 1 + 50.
        ("Överenskommelsen gäller.", 52.0),
        # A hyphenated word is one word; its letters, not the hyphen, count.
        ("Läs IOP-avtal!", 2 / 1 + 50),
        ("Vem svarar? Kommunen svarar.", 4 / 2 + 25),
        # A colon ends a sentence; a time of day is one word and ends nothing.
        ("Vi ses kl 10:30. Ta med: fika.", 7 / 3 + 0),
        ("", 0.0),
    ],
)
def test_lix_of_plain_text(text, expected):
    assert lix(text) == pytest.approx(expected)


def test_a_block_ends_a_sentence_even_without_a_full_stop():
    # A heading or a list item is read as a sentence of its own.
    reading = measure(["Så går det till", "Du skriver till oss. Vi svarar"])
    assert (reading.words, reading.sentences, reading.long_words) == (10, 3, 1)


def test_the_plan_reads_hard_and_plain_words_read_easy():
    formal = (
        "Överenskommelsen syftar till att utveckla samverkansformerna mellan "
        "civilsamhällesorganisationerna och kommunens förvaltningar avseende "
        "verksamhetsutveckling och kompetensförsörjning."
    )
    plain = "Vi vill jobba ihop med er. Vi vill lära av er. Hör av dig!"
    assert lix(formal) > 60
    assert lix(plain) < 30


PAGE = """<html><body>
<header><nav><ul><li>Startsida med många långa menyord</li></ul></nav></header>
<main id="main">
  <nav class="breadcrumbs"><ol><li>Startsidan</li></ol></nav>
  <h1>Rubriken</h1>
  <p>Ett stycke med <a href="/">en länk</a> i sig.</p>
  <ul><li>Punkt ett<ul><li>Inre punkt</li></ul></li></ul>
  <form><label>Skriv ditt meddelande här</label><p>Hjälptext i formuläret.</p></form>
  <script>var x = "inte text";</script>
</main>
<footer><p>Sidfot med kontaktuppgifter.</p></footer>
</body></html>"""


def test_prose_is_the_main_contents_blocks_without_menus_forms_or_footer():
    assert main_prose(PAGE) == [
        "Rubriken",
        "Ett stycke med en länk i sig.",
        "Punkt ett",
        "Inre punkt",
    ]


def test_a_page_without_main_has_no_prose():
    assert main_prose("<p>Bara ett stycke.</p>") == []
