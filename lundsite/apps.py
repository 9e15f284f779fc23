from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LundsiteConfig(AppConfig):
    name = "lundsite"
    verbose_name = _("Webbplatsen")

    def ready(self) -> None:
        from lundsite import fragment_cache  # noqa: F401  (connects the signal handlers)
