"""Page addresses are plain ASCII: å and ä become a, ö becomes o, é becomes e.

An address with "för" in it is sent as `f%C3%B6r`, which is hard to read aloud, to type or
to paste into a mail; the loaded content has always used ASCII, and so must what editors,
organisers and imports add. The admin's own slug field does the same in the browser
(WAGTAIL_ALLOW_UNICODE_SLUGS = False); this is the server's side of it.
"""

from django.utils.text import slugify

# Letters that Unicode does not decompose into a base letter and an accent, so slugify would
# drop them; spelled as Wagtail's admin spells them, so both sides agree.
_UNDECOMPOSED = str.maketrans(
    {
        "æ": "ae",
        "Æ": "AE",
        "ø": "o",
        "Ø": "O",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "TH",
        "ł": "l",
        "Ł": "L",
    }
)


def ascii_slug(text: str, max_length: int | None = None) -> str:
    """`text` as an ASCII slug: "Testavtal schack för äldre" → "testavtal-schack-for-aldre"."""
    slug = slugify(str(text).translate(_UNDECOMPOSED))
    if max_length:
        slug = slug[:max_length].rstrip("-")
    return slug
