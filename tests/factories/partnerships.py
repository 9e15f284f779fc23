import factory
import wagtail_factories
from wagtail.models import Locale

from partnerships.iop.agreements import IOPAgreementPage
from partnerships.parties import MunicipalBody, Organisation


class MunicipalBodyFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Nämnd {n}")
    slug = factory.Sequence(lambda n: f"namnd-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sv"))

    class Meta:
        model = MunicipalBody


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Förening {n}")
    slug = factory.Sequence(lambda n: f"forening-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="sv"))

    class Meta:
        model = Organisation


class IOPAgreementPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Avtal {n}")
    summary = "Ett partnerskap."

    class Meta:
        model = IOPAgreementPage
        skip_postgeneration_save = True

    @factory.post_generation
    def parties(self, create, extracted, **kwargs):
        if not create:
            return
        self.municipal_bodies.set(kwargs.get("bodies") or [MunicipalBodyFactory()])
        self.organisations.set(kwargs.get("organisations") or [OrganisationFactory()])
        self.save()
