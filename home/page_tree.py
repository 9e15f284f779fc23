"""The site's tree, from the top down.

The home page names the sections it holds; each section keeps its own rules for what lies
beneath it. Lower apps never name an upper one, so the rules that tie a section to the home
page (and a text page to the register) are set here, once the models are loaded.
"""

from django.apps import apps

HOME = "home.HomePage"
TEXT_PAGE = "home.ContentPage"
SECTIONS = [
    TEXT_PAGE,
    "principles.PrinciplesIndexPage",
    "principles.PriorityAreaIndexPage",
    "principles.ProcessPage",
    "partnerships.IOPRegisterPage",
    "partnerships.AssignmentIndexPage",
    "partnerships.InitiativeFormPage",
    "partnerships.FollowUpIndexPage",
    "partnerships.EventIndexPage",
    "partnerships.OrganisationIndexPage",
    "partnerships.MunicipalBodyIndexPage",
    "lundsite.SearchPage",
]
# Sections that may also hold text pages, such as the register's description of its data.
HOLD_TEXT_PAGES = ["partnerships.IOPRegisterPage"]
# Pages that belong below a text page (the agreement's page): the joined associations
# and the form for joining.
UNDER_TEXT_PAGES = ["partnerships.JoinedListPage", "partnerships.JoiningFormPage"]


def apply() -> None:
    """Ties every section but the text page to the home page alone, and lets the sections
    in HOLD_TEXT_PAGES hold text pages. Called from HomeConfig.ready(), before Wagtail
    first reads these rules (it caches them on first use)."""
    for label in SECTIONS:
        if label != TEXT_PAGE:
            apps.get_model(label).parent_page_types = [HOME]
    for label in HOLD_TEXT_PAGES:
        model = apps.get_model(label)
        if TEXT_PAGE not in model.subpage_types:
            model.subpage_types = [*model.subpage_types, TEXT_PAGE]
    text_page = apps.get_model(TEXT_PAGE)
    for label in UNDER_TEXT_PAGES:
        apps.get_model(label).parent_page_types = [TEXT_PAGE]
        if label not in text_page.subpage_types:
            text_page.subpage_types = [*text_page.subpage_types, label]
