"""Builds the site's tree from the bilingual specs in `home/content/` (see `home.content_files`).

A spec holds both languages side by side: every dict with exactly the keys "sv" and "en" is a
translation pair. The Swedish page is created first; the English one is made through
wagtail-localize, by giving each of the Swedish page's segments its English string, so that
editors keep a synchronised translation they can update in the admin.

Running it again changes nothing: a page that exists is left as editors have it.
"""

import datetime
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from django.apps import apps
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import (
    LocaleSynchronization,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.specs import (
    PAGE_REF,
    SNIPPET_REF,
    SOURCE,
    TARGET,
    Spec,
    contains_page_ref,
    in_language,
    resolve_page_refs,
    with_block_ids,
)
from lundsite.models import ContactSettings


def remove_untranslated_aliases() -> int:
    """Removes pages that only stand in for an untranslated page in another language, and
    stops wagtail-localize from making new ones. An alias that holds a real translation
    below it stays, or that translation would go with it. Returns how many were removed."""
    LocaleSynchronization.objects.all().delete()
    removed = 0
    for alias in Page.objects.filter(alias_of__isnull=False).order_by("-depth"):
        if not alias.get_children().exists():
            alias.delete()
            removed += 1
    return removed


class SiteSeeder:
    def __init__(self, log: Callable[[str], None] = lambda message: None) -> None:
        self.log = log
        self.source_locale = Locale.objects.get_or_create(language_code=SOURCE)[0]
        self.target_locale = Locale.objects.get_or_create(language_code=TARGET)[0]
        self.created: list[tuple[Page, Spec]] = []
        self.seen: list[tuple[Page, Spec]] = []

    # Not atomic on purpose: wagtail-localize publishes translations in on_commit callbacks
    # with the page as it was then, which inside one long transaction would reset each
    # English parent's count of children (wagtail-localize issue 773). A run that stops
    # half-way is completed by the next run.
    def seed_snippets(self, specs: Iterable[Spec]) -> None:
        """Snippets such as the parties to agreements, found again by their slug."""
        for spec in specs:
            model = apps.get_model(spec["type"])
            fields = {name: in_language(value, SOURCE) for name, value in spec["fields"].items()}
            item = model.objects.filter(slug=spec["slug"], locale=self.source_locale).first()
            if item is None:
                item = model.objects.create(slug=spec["slug"], locale=self.source_locale, **fields)
            if item.get_translation_or_none(self.target_locale) is None:
                english = item.copy_for_translation(self.target_locale)
                for name, value in spec["fields"].items():
                    setattr(english, name, in_language(value, TARGET))
                english.save()

    def seed(self, home_spec: Spec, children: Iterable[Spec]) -> Page:
        home = self.home = self._ensure_home(home_spec)
        self.seen.append((home, home_spec))
        # No page stands in another language's tree before it is translated: an alias would
        # show its Swedish text as if it were English (see remove_untranslated_aliases).
        remove_untranslated_aliases()
        for spec in children:
            self._ensure_page(home, spec)
        self._fill_page_refs()
        for page, spec in self.seen:
            # Lättläst is a service in Swedish: its pages stay out of the English tree.
            if not spec.get("swedish_only"):
                self._translate(page, spec)
        self._ensure_settings(home)
        return home

    def _ensure_home(self, spec: Spec) -> Page:
        site = Site.objects.filter(is_default_site=True).first()
        model = apps.get_model(spec["type"])
        if site and isinstance(site.root_page.specific, model):
            return site.root_page.specific
        root = Page.get_first_root_node()
        home = self._create(root, spec)
        if site is None:
            Site.objects.create(hostname="localhost", root_page=home, is_default_site=True)
        else:
            previous = site.root_page
            site.root_page = home
            site.save()
            # Wagtail's own welcome page is of the plain Page type; nothing else is removed.
            if type(previous.specific) is Page:
                for translation in previous.get_translations(inclusive=True):
                    translation.delete()
        return home

    def _ensure_page(self, parent: Page, spec: Spec) -> Page:
        slug = spec["slug"][SOURCE]
        page = parent.get_children().filter(slug=slug, locale=self.source_locale).first()
        if page is not None and spec.get("replaces") == page.specific_class._meta.label:
            # A placeholder that said what was coming; the real page takes its place.
            for translation in page.get_translations():
                translation.delete()
            page.delete()
            page = None
        if page is None:
            page = self._create(parent, spec)
        self.seen.append((page, spec))
        for child in spec.get("children", []):
            self._ensure_page(page, child)
        return page

    def _create(self, parent: Page, spec: Spec) -> Page:
        model = apps.get_model(spec["type"])
        fields = {
            name: value
            for name, value in self._fields(spec, SOURCE).items()
            if not contains_page_ref(value)
        }
        page = model(**fields, show_in_menus=spec.get("show_in_menus", False))
        for name, refs in spec.get("relations", {}).items():
            self._relate(page, name, refs, self.source_locale)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created.append((page, spec))
        self.log(f"Skapade {page.url_path}")
        return page

    def _fields(self, spec: Spec, language: str) -> dict[str, Any]:
        fields = {
            "title": in_language(spec["title"], language),
            "slug": in_language(spec["slug"], language),
            "locale": self.source_locale if language == SOURCE else self.target_locale,
        }
        if "search_description" in spec:
            fields["search_description"] = in_language(spec["search_description"], language)
        seed = f"samverkan-lund/{spec['slug'][SOURCE]}"
        for name, value in spec.get("fields", {}).items():
            fields[name] = in_language(with_block_ids(value, f"{seed}/{name}"), language)
        return fields

    def _resolve(self, path: str) -> int:
        """The id of the Swedish page at `path`, such as "/iop/", counted from the home page."""
        home_path = self.home.url_path
        url_path = home_path + path.strip("/") + "/" if path.strip("/") else home_path
        return Page.objects.get(url_path=url_path, locale=self.source_locale).pk

    def _fill_page_refs(self) -> None:
        """Second pass: fields that link to other pages, now that every page exists."""
        for page, spec in self.created:
            deferred = {
                name: resolve_page_refs(value, self._resolve)
                for name, value in self._fields(spec, SOURCE).items()
                if contains_page_ref(value)
            }
            if deferred or spec.get("orderables"):
                page = page.specific_class.objects.get(pk=page.pk)
                for name, value in deferred.items():
                    setattr(page, name, value)
                for name, items in spec.get("orderables", {}).items():
                    setattr(page, name, self._orderables(page, name, items))
                page.save_revision().publish()

    def _orderables(self, page: Page, name: str, items: list[Spec]) -> list[Any]:
        """Inline objects (an InlinePanel's rows) in the source language; a field that
        names a page ("page:/path/") is set to that page."""
        model = page._meta.get_field(name).related_model
        rows = []
        for order, item in enumerate(items):
            fields: dict[str, Any] = {"sort_order": order, "locale": self.source_locale}
            for field_name, value in in_language(item, SOURCE).items():
                if contains_page_ref(value):
                    field_name = model._meta.get_field(field_name).attname
                    value = resolve_page_refs(value, self._resolve)
                fields[field_name] = value
            rows.append(model(**fields))
        return rows

    @staticmethod
    def _translate_orderables(english: Page, spec: Spec) -> None:
        """Gives the inline objects their English text in memory, in the order of the spec,
        so that their segments are found at the same paths as the Swedish ones."""
        for name, items in spec.get("orderables", {}).items():
            rows = list(getattr(english, name).all().order_by("sort_order"))
            for row, item in zip(rows, items, strict=False):
                for field_name, value in in_language(item, TARGET).items():
                    if not contains_page_ref(value):
                        setattr(row, field_name, value)
            setattr(english, name, rows)

    def _translate(self, page: Page, spec: Spec) -> None:
        page = page.specific_class.objects.get(pk=page.pk)
        existing = page.get_translation_or_none(self.target_locale)
        if existing is not None and existing.alias_of_id is None:
            return
        source, created = TranslationSource.get_or_create_from_instance(page)
        if not created:
            source.update_from_db()

        english = page.specific_class.objects.get(pk=page.pk)
        for name, value in self._fields(spec, TARGET).items():
            if name != "locale":
                setattr(english, name, resolve_page_refs(value, self._resolve))
        self._translate_orderables(english, spec)
        english_strings: dict[str, list[str]] = defaultdict(list)
        for segment in extract_segments(english):
            if isinstance(segment, StringSegmentValue):
                english_strings[segment.path].append(segment.string.data)

        used: dict[str, int] = defaultdict(int)
        for segment in (
            StringSegment.objects.filter(source=source)
            .select_related("string", "context")
            .order_by("order")
        ):
            path = segment.context.path
            index = used[path]
            used[path] += 1
            candidates = english_strings.get(path, [])
            if index >= len(candidates):
                raise ValueError(f"{page.url_path}: no English text for {path}")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.target_locale,
                context=segment.context,
                defaults={"data": candidates[index]},
            )
        translation, _ = Translation.objects.update_or_create(
            source=source, target_locale=self.target_locale, defaults={"enabled": True}
        )
        translation.save_target(publish=True)
        if spec.get("relations"):
            english = page.get_translation(self.target_locale).specific
            for name, refs in spec["relations"].items():
                self._relate(english, name, refs, self.target_locale)
            english.save_revision().publish()
        self.log(f"Översatte {page.url_path}")

    def _relate(self, page: Page, name: str, refs: list[str], locale: Locale) -> None:
        """Sets a relation to pages or snippets: one object for a foreign key, else a list."""
        related = [self._related(ref, locale) for ref in refs]
        single = page._meta.get_field(name).many_to_one
        setattr(page, name, related[0] if single else related)

    def _related(self, ref: str, locale: Locale):
        """A page ("page:/path/") or snippet ("snippet:app.Model:slug") in `locale`."""
        if ref.startswith(PAGE_REF):
            page = Page.objects.get(pk=self._resolve(ref.removeprefix(PAGE_REF))).specific
            return page if locale == self.source_locale else page.get_translation(locale)
        label, slug = ref.removeprefix(SNIPPET_REF).rsplit(":", 1)
        return apps.get_model(label).objects.get(slug=slug, locale=locale)

    def _ensure_settings(self, home: Page) -> None:
        site = Site.objects.get(root_page=home)
        contact = ContactSettings.for_site(site)
        if not contact.foreningslots_hours:
            contact.foreningslots_hours = [
                ("hours", _hours("0", "3", 8, 17)),
                ("hours", _hours("4", "", 8, 16)),
            ]
        children = home.get_children()
        if contact.accessibility_page is None:
            contact.accessibility_page = children.filter(slug="tillganglighet").first()
        if contact.privacy_page is None:
            contact.privacy_page = children.filter(slug="personuppgifter").first()
        contact.save()


def _hours(first: str, last: str, opens: int, closes: int) -> dict[str, Any]:
    return {
        "first_day": first,
        "last_day": last,
        "opens": datetime.time(opens),
        "closes": datetime.time(closes),
    }
