"""The IOP register in the admin."""

from wagtail import hooks

from partnerships.iop.dashboard import EndingSoonPanel


@hooks.register("construct_homepage_panels")
def add_ending_soon_panel(request, panels) -> None:
    panels.append(EndingSoonPanel())


@hooks.register("priority_area_sections", order=10)
def area_agreements() -> str:
    return "partnerships/iop/includes/area_agreements.html"


@hooks.register("principle_sections", order=10)
def principle_agreements() -> str:
    return "partnerships/iop/includes/principle_agreements.html"
