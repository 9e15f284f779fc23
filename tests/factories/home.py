import wagtail_factories

from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Samverkan"
    intro = "Kommunen och föreningarna samarbetar."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "Textsida"
    intro = "En kort ingress."

    class Meta:
        model = ContentPage
