"""Page feedback: "Hjälpte informationen på sidan dig? Ja / Nej", and a comment after "Nej".

Stored per page with nothing about the person who answers: no cookie, no address, no name.
"""

from django import forms
from django.db import models
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from lundsite.public_forms import PublicForm

COMMENT_MAX_LENGTH = 500
YES = "yes"
NO = "no"
NO_PAGE = _("Sidan finns inte.")


class PageFeedback(models.Model):
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("sida"),
        on_delete=models.CASCADE,
        related_name="feedback",
    )
    helpful = models.BooleanField(_("hjälpte sidan"))
    comment = models.TextField(_("kommentar"), blank=True, max_length=COMMENT_MAX_LENGTH)
    created_at = models.DateTimeField(_("skickad"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("svar om en sida")
        verbose_name_plural = _("svar om sidor")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.page_id}: {'+' if self.helpful else '-'}"


class PageFeedbackForm(PublicForm, forms.Form):
    """What the form on every page sends. Posted without a CSRF token (pages are cached
    whole and set no cookie), so everything is checked here and nothing is trusted."""

    # Hidden and never typed by the reader: any fault in it gets one message.
    page = forms.CharField(
        max_length=20,
        widget=forms.HiddenInput,
        error_messages={"required": NO_PAGE, "max_length": NO_PAGE},
    )
    helpful = forms.ChoiceField(
        label=_("Hjälpte informationen på sidan dig?"),
        choices=[(YES, _("Ja")), (NO, _("Nej"))],
        error_messages={"required": _("Svara ja eller nej.")},
    )
    comment = forms.CharField(
        label=_("Vad saknade du?"),
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Skriv högst %(limit_value)d tecken. Du skrev %(show_value)d."),
        },
    )

    def clean_page(self) -> Page:
        value = self.cleaned_data["page"]
        page = None
        if value.isdigit():
            page = Page.objects.live().public().filter(id=int(value), depth__gt=1).first()
        if page is None:
            raise forms.ValidationError(NO_PAGE)
        return page

    def submit(self, request: HttpRequest) -> PageFeedback:
        return self.save()

    def save(self) -> PageFeedback:
        data = self.cleaned_data
        return PageFeedback.objects.create(
            page=data["page"],
            helpful=data["helpful"] == YES,
            # A comment belongs to a "Nej"; after "Ja" the form offers none.
            comment=data["comment"].strip() if data["helpful"] == NO else "",
        )
