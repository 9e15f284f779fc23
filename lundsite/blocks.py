"""StreamField blocks shared by every page type with a free-text body."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Nivå"),
        choices=[("h2", _("Rubrik 2")), ("h3", _("Rubrik 3"))],
        default="h2",
        help_text=_("Sidans titel är rubrik 1. Använd rubrik 2 för avsnitt och 3 under dem."),
    )

    class Meta:
        icon = "title"
        label = _("Rubrik")
        template = "blocks/heading.html"


class ListBlock(blocks.StructBlock):
    style = blocks.ChoiceBlock(
        label=_("Typ av lista"),
        choices=[("bullet", _("Punktlista")), ("numbered", _("Numrerad lista"))],
        default="bullet",
    )
    items = blocks.ListBlock(blocks.CharBlock(label=_("Punkt"), max_length=400), label=_("Punkter"))

    class Meta:
        icon = "list-ul"
        label = _("Lista")
        template = "blocks/list.html"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Citat"), max_length=600)
    attribution = blocks.CharBlock(label=_("Vem som säger det"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        label = _("Citat")
        template = "blocks/quote.html"


class ImageBlock(blocks.StructBlock):
    """Wagtail's image chooser with the alt text Wagtail's own ImageBlock asks for: either a
    text for those who cannot see the image, or an explicit mark that it is decorative
    (then alt="" and screen readers skip it). Kept as our own StructBlock for the caption,
    and so that bodies stored before the decorative mark existed still load."""

    image = ImageChooserBlock(label=_("Bild"))
    decorative = blocks.BooleanBlock(
        label=_("Bilden är bara dekoration"),
        required=False,
        default=False,
        help_text=_(
            "Kryssa i om bilden inte tillför något till texten. Då hoppar skärmläsare över den."
        ),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternativtext"),
        required=False,
        max_length=250,
        help_text=_(
            "Beskriv vad bilden visar för den som inte kan se den. Lämna tom bara om bilden "
            "är dekoration."
        ),
    )
    caption = blocks.CharBlock(label=_("Bildtext"), required=False, max_length=250)

    class Meta:
        icon = "image"
        label = _("Bild")
        template = "blocks/image.html"

    def clean(self, value):
        value = super().clean(value)
        has_text = bool((value.get("alt_text") or "").strip())
        if value.get("decorative") == has_text:
            message = (
                _("En dekorativ bild har ingen alternativtext. Töm fältet eller ta bort krysset.")
                if has_text
                else _("Skriv en alternativtext eller kryssa i att bilden bara är dekoration.")
            )
            raise StructBlockValidationError(block_errors={"alt_text": ValidationError(message)})
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Rubrik"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Sida på webbplatsen"), required=False)
    url = blocks.URLBlock(label=_("Extern adress"), required=False)
    link_text = blocks.CharBlock(
        label=_("Länktext"),
        max_length=80,
        help_text=_("Säg vart länken leder, till exempel ”Kontakta föreningslotsen”."),
    )

    class Meta:
        icon = "link"
        label = _("Uppmaning med länk")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Välj antingen en sida eller en extern adress.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        return value


class ContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Stycke"), features=RICH_TEXT_FEATURES, template="blocks/paragraph.html"
    )
    list = ListBlock()
    quote = QuoteBlock()
    image = ImageBlock()
    call_to_action = CallToActionBlock()
