"""The body's image block: an image has an alt text or is marked as decoration, never both
and never neither, and it goes out as a <picture> with AVIF, WebP and a JPEG fallback."""

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError

from lundsite.blocks import ImageBlock

pytestmark = pytest.mark.django_db


@pytest.fixture
def image():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    return Image.objects.create(title="Test", file=get_test_image_file(size=(1600, 900)))


def value(block: ImageBlock, image, **fields):
    return block.to_python({"image": image.pk, "caption": "", **fields})


def test_an_image_with_alt_text_is_valid(image):
    block = ImageBlock()
    cleaned = block.clean(value(block, image, alt_text="Två personer vid ett bord"))
    assert cleaned["alt_text"] == "Två personer vid ett bord"


def test_a_decorative_image_without_alt_text_is_valid(image):
    block = ImageBlock()
    assert block.clean(value(block, image, decorative=True, alt_text=""))["decorative"] is True


@pytest.mark.parametrize(
    ("decorative", "alt_text", "message"),
    [
        (False, "", "Skriv en alternativtext"),
        (False, "   ", "Skriv en alternativtext"),
        (True, "Ett träd", "En dekorativ bild har ingen alternativtext"),
    ],
)
def test_one_of_alt_text_and_decorative_must_be_given(image, decorative, alt_text, message):
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(value(block, image, decorative=decorative, alt_text=alt_text))
    assert message in str(raised.value.block_errors["alt_text"])


def test_old_bodies_without_the_decorative_mark_still_load(image):
    block = ImageBlock()
    loaded = block.to_python({"image": image.pk, "alt_text": "En karta", "caption": ""})
    assert loaded["decorative"] is False
    assert block.clean(loaded)["alt_text"] == "En karta"


def test_renders_a_picture_with_avif_webp_and_a_jpeg_fallback(image):
    block = ImageBlock()
    html = block.render(value(block, image, alt_text="En karta över Lund"))
    assert html.count("<picture>") == 1
    assert 'type="image/avif"' in html and 'type="image/webp"' in html
    assert 'alt="En karta över Lund"' in html
    assert 'sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)"' in html
    assert ".jpg 400w" in html and " 1400w" in html
    assert 'loading="lazy"' in html


def test_a_decorative_image_has_an_empty_alt(image):
    block = ImageBlock()
    html = block.render(value(block, image, decorative=True, alt_text=""))
    assert 'alt=""' in html
