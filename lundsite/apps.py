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
            cluster_init,
            fragment_cache,  # noqa: F401  (connects the signal handlers)
            locales,
            site_memory,
            site_roots,
        )

        cache_tags.install()
        cluster_init.install()
        locales.remember_locales()
        site_roots.install()
        site_memory.install()
        post_save.connect(locales.forget_locales, sender=Locale, dispatch_uid="lundsite-locales")
        post_delete.connect(locales.forget_locales, sender=Locale, dispatch_uid="lundsite-locales-")
