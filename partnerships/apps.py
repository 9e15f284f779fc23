from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnershipsConfig(AppConfig):
    name = "partnerships"
    verbose_name = _("Samverkan")

    def ready(self) -> None:
        # Signal handlers must be connected in every process, the worker's and commands' too,
        # not only where Wagtail happens to read the admin's hooks.
        from partnerships.frivilligkraft import approval  # noqa: F401
