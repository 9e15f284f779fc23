import factory
import wagtail_factories

from principles.models import (
    PrinciplePage,
    PrinciplesIndexPage,
    PriorityAreaIndexPage,
    PriorityAreaPage,
    ProcessPage,
)


class PrinciplesIndexPageFactory(wagtail_factories.PageFactory):
    title = "Principer"

    class Meta:
        model = PrinciplesIndexPage


class PrinciplePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Princip {n}")
    summary = "Vad principen betyder."

    class Meta:
        model = PrinciplePage


class PriorityAreaIndexPageFactory(wagtail_factories.PageFactory):
    title = "Prioriterade områden"

    class Meta:
        model = PriorityAreaIndexPage


class PriorityAreaPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Område {n}")
    summary = "Vad området handlar om."
    description = "<p>Beskrivning.</p>"

    class Meta:
        model = PriorityAreaPage


class ProcessPageFactory(wagtail_factories.PageFactory):
    title = "Processen"

    class Meta:
        model = ProcessPage
