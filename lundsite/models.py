"""Site-wide settings that editors change in the admin: contact details in the footer."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from lundsite import site_memory
from lundsite.feedback import PageFeedback
from lundsite.outbox import OutgoingEmail
from lundsite.search_page import SearchPage

__all__ = ["ContactSettings", "OutgoingEmail", "PageFeedback", "SearchPage"]

WEEKDAYS = [
    ("0", _("måndag")),
    ("1", _("tisdag")),
    ("2", _("onsdag")),
    ("3", _("torsdag")),
    ("4", _("fredag")),
    ("5", _("lördag")),
    ("6", _("söndag")),
]


class OpeningHoursBlock(blocks.StructBlock):
    """Days and hours as data, so each language renders them in its own words."""

    first_day = blocks.ChoiceBlock(label=_("Från dag"), choices=WEEKDAYS)
    last_day = blocks.ChoiceBlock(
        label=_("Till dag"), choices=WEEKDAYS, required=False, help_text=_("Tomt för en enda dag.")
    )
    opens = blocks.TimeBlock(label=_("Öppnar"))
    closes = blocks.TimeBlock(label=_("Stänger"))

    class Meta:
        icon = "time"
        label = _("Öppettider")


@register_setting(icon="mail")
class ContactSettings(BaseSiteSetting):
    foreningslots_email = models.EmailField(
        _("föreningslotsens e-post"), default="foreningslots@lund.se"
    )
    foreningslots_phone = models.CharField(
        _("föreningslotsens telefon"), max_length=40, default="046-359 50 00"
    )
    foreningslots_phone_option = models.PositiveSmallIntegerField(
        _("knappval"),
        null=True,
        blank=True,
        default=5,
        help_text=_("Siffran man väljer i telefonmenyn. Lämna tomt om det inte finns någon."),
    )
    foreningslots_address = models.CharField(
        _("besöksadress"),
        max_length=200,
        default="Kristallen, medborgarcenter, Brotorget 1, Lund",
    )
    foreningslots_hours = StreamField(
        [("hours", OpeningHoursBlock())],
        verbose_name=_("öppettider"),
        blank=True,
        help_text=_("En rad för varje grupp av dagar med samma tider."),
    )
    frivilligkraft_email = models.EmailField(
        _("Frivilligkrafts e-post"), default="frivilligkraft@lund.se"
    )
    frivilligkraft_phone = models.CharField(
        _("Frivilligkrafts telefon"), max_length=40, blank=True, default="046-359 50 00"
    )
    kommunkontoret_email = models.EmailField(
        _("kommunkontorets e-post"),
        default="kommunkontoret@lund.se",
        help_text=_("Hit skickas föreningarnas anslutningar till överenskommelsen."),
    )
    initiative_retention_months = models.PositiveSmallIntegerField(
        _("gallra personuppgifter efter (månader)"),
        default=24,
        help_text=_(
            "Så här många månader efter att en samverkansidé avslutats tas namn, e-post och "
            "telefon bort ur den (datum, område och status sparas för statistiken). Lika länge "
            "efter ett uppdrags sista dag tas volontärernas intresseanmälningar bort."
        ),
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("tillgänglighetsredogörelse"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Länkas från sidfoten på alla sidor."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("om personuppgifter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Länkas från sidfoten och från alla formulär."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("foreningslots_email"),
                FieldPanel("foreningslots_phone"),
                FieldPanel("foreningslots_phone_option"),
                FieldPanel("foreningslots_address"),
                FieldPanel("foreningslots_hours"),
            ],
            heading=_("Föreningslotsen"),
        ),
        FieldPanel("initiative_retention_months"),
        FieldPanel("kommunkontoret_email"),
        MultiFieldPanel(
            [FieldPanel("frivilligkraft_email"), FieldPanel("frivilligkraft_phone")],
            heading=_("Frivilligkraft"),
        ),
        MultiFieldPanel(
            [FieldPanel("accessibility_page"), FieldPanel("privacy_page")],
            heading=_("Sidfot"),
        ),
    ]

    class Meta:
        verbose_name = _("kontaktuppgifter")
        verbose_name_plural = _("kontaktuppgifter")

    @classmethod
    def for_site(cls, site) -> "ContactSettings":
        """Read once per process and site version (lundsite.site_memory): the footer of
        every page shows them, and saving them moves the site version on. Each caller gets
        an instance of its own."""
        fields = list(cls._meta.concrete_fields)

        def read() -> tuple:
            instance = super(ContactSettings, cls).for_site(site)
            # A StreamField as its JSON text, which is plain data and reads back as it was.
            return tuple(
                field.value_to_string(instance)
                if isinstance(field, StreamField)
                else getattr(instance, field.attname)
                for field in fields
            )

        values = site_memory.remembered("contact-settings", (site.pk,), read)
        return cls.from_db(cls.objects.db, [field.attname for field in fields], values)
