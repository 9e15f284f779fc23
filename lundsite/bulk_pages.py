"""Many new live pages under one parent in a few statements, for made-up volume only.

`parent.add_child(instance=page)` locks the parent, finds its last child, validates the page,
saves each table of the page's model, logs the creation, indexes the page for search and
updates the reference index: a few hundred milliseconds a page, an hour for `make bench`'s
10,000 agreements. Here the tree's paths are worked out as treebeard's would be (the parent's
path, then one step of `Page.steplen` base-36 digits per child), each table is written a batch
of rows at a time and the parent's `numchild` once, then the pages are indexed for search in
bulk. What is left out: revisions (a live page needs none), the log of actions, the reference
index (the admin's "usage" of a page) and the signals a save sends, in their place one move of
the site version so that no cached page or list misses the new pages.
"""

from collections.abc import Callable, Sequence
from typing import TextIO

from django.db import connection, transaction
from django.db.models import F, Model
from django.utils import timezone
from modelcluster.fields import ParentalManyToManyField
from tqdm import tqdm
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from lundsite.fragment_cache import bump_site_version

INDEX_BATCH = 1000


# Pages built and inserted at a time: a batch's rows in memory stay small.
CHUNK = 1000


def add_numbered_children(
    parent: Page, numbers: range, make: Callable[[int], Page], label: str, progress: TextIO
) -> None:
    """One live child of `parent` per number, made by `make` and inserted a chunk at a
    time, with a progress bar on `progress`."""
    with tqdm(total=len(numbers), desc=label, file=progress) as bar:
        for first in range(0, len(numbers), CHUNK):
            pages = [make(number) for number in numbers[first : first + CHUNK]]
            add_live_children(parent, pages)
            bar.update(len(pages))


def add_live_children(parent: Page, pages: Sequence[Page]) -> list[Page]:
    """Saves `pages` (new instances of one page model, slugs unique under `parent`) as the
    parent's last children, live and published now, with their `ParentalManyToManyField`
    values. Returns them, saved; `parent.numchild` is brought up to date too."""
    if not pages:
        return []
    model = type(pages[0])
    if any(type(page) is not model or not page._state.adding for page in pages):
        raise ValueError("Only new pages of one model can be added in bulk.")
    with transaction.atomic():
        locked = Page.objects.select_for_update().get(pk=parent.pk)
        _refuse_taken_slugs(locked, pages)
        _place(locked, pages)
        _insert(model, pages)
        _insert_many_to_many(model, pages)
        Page.objects.filter(pk=locked.pk).update(numchild=F("numchild") + len(pages))
        parent.numchild = locked.numchild + len(pages)
        _index_for_search(model, pages)
        transaction.on_commit(bump_site_version)
    return list(pages)


def _refuse_taken_slugs(parent: Page, pages: Sequence[Page]) -> None:
    slugs = [page.slug for page in pages]
    if len(set(slugs)) != len(slugs) or not all(slugs):
        raise ValueError("Every page added in bulk needs a slug of its own.")
    taken = list(parent.get_children().filter(slug__in=slugs).values_list("slug", flat=True)[:3])
    if taken:
        raise ValueError(f"Slugs already used under {parent.url_path}: {', '.join(taken)}")


def _place(parent: Page, pages: Sequence[Page]) -> None:
    """Tree position, address and the fields a first publish sets, as `add_child` and
    `Page.save` would."""
    last = parent.get_last_child()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    depth = parent.depth + 1
    now = timezone.now()
    for number, page in enumerate(pages, start=position + 1):
        page.depth = depth
        page.path = Page._get_path(parent.path, depth, number)
        page.set_url_path(parent)
        page.draft_title = page.draft_title or page.title
        page.locale_id = page.locale_id or parent.locale_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.last_published_at or page.first_published_at
    if len(pages[-1].path) > Page._meta.get_field("path").max_length:
        raise ValueError("The parent has too many children for its path length.")


def _insert(model: type[Page], pages: Sequence[Page]) -> None:
    """Page's own table gives the ids; each table below it in the model's inheritance then
    gets the same id through its parent link. `bulk_create` refuses a model that inherits
    from another table, so those rows go in through the manager's insert, which it uses too."""
    Page.objects.bulk_create(pages)
    for table_model in [*reversed(model._meta.get_parent_list()), model]:
        if table_model is Page:
            continue
        for link in table_model._meta.parents.values():
            for page in pages:
                setattr(page, link.attname, page.id)
        _insert_rows(table_model, pages)
    for page in pages:
        page._state.adding = False
        page._state.db = connection.alias


def _insert_rows(model: type[Model], rows: Sequence[Model]) -> None:
    fields = model._meta.local_concrete_fields
    size = max(connection.ops.bulk_batch_size(fields, rows), 1)
    for start in range(0, len(rows), size):
        model._base_manager._insert(rows[start : start + size], fields=fields)


def _insert_many_to_many(model: type[Page], pages: Sequence[Page]) -> None:
    """The rows of each `ParentalManyToManyField`, from the values set on the new pages."""
    for field in model._meta.get_fields():
        if not isinstance(field, ParentalManyToManyField):
            continue
        through = field.remote_field.through
        own = through._meta.get_field(field.m2m_field_name()).attname
        other = through._meta.get_field(field.m2m_reverse_field_name()).attname
        links = [
            through(**{own: page.pk, other: related.pk})
            for page in pages
            for related in getattr(page, field.name).all()
        ]
        through.objects.bulk_create(links, batch_size=INDEX_BATCH)


def _index_for_search(model: type[Page], pages: Sequence[Page]) -> None:
    """As `update_index` does, a batch at a time. The pages in memory are indexed, not
    copies read back: they hold their many-to-many values already, and Wagtail's index would
    read those again for every field it indexes (it does not prefetch a parental relation)."""
    backends = list(get_search_backends(with_auto_update=True))
    if not backends:
        return
    for start in range(0, len(pages), INDEX_BATCH):
        batch = pages[start : start + INDEX_BATCH]
        indexed = set(
            model.get_indexed_objects()
            .filter(pk__in=[page.pk for page in batch])
            .values_list("pk", flat=True)
        )
        for backend in backends:
            backend.add_bulk(model, [page for page in batch if page.pk in indexed])
