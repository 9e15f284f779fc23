from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LundsiteConfig(AppConfig):
    name = "lundsite"
    verbose_name = _("Webbplatsen")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Locale

        from lundsite import (
            cache_tags,
            fragment_cache,  # noqa: F401  (connects the signal handlers)
            routing,
        )

        cache_tags.install()
        routing.remember_locales()
        post_save.connect(routing.forget_locales, sender=Locale, dispatch_uid="lundsite-locales")
        post_delete.connect(routing.forget_locales, sender=Locale, dispatch_uid="lundsite-locales-")
