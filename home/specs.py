"""What a content spec is: both languages side by side, block ids, and references.

A spec is a page or snippet as `home.content_files` reads it. Every dict with exactly the keys
"sv" and "en" is a translation pair; a string "page:/path/" refers to another page and
"snippet:app.Model:slug" to a snippet, resolved once everything they name exists.
"""

import uuid
from collections.abc import Callable
from typing import Any

SOURCE = "sv"
TARGET = "en"
PAGE_REF = "page:"
SNIPPET_REF = "snippet:"
Spec = dict[str, Any]


def is_pair(value: Any) -> bool:
    return isinstance(value, dict) and set(value) == {SOURCE, TARGET}


def in_language(value: Any, language: str) -> Any:
    """The value with every translation pair replaced by its text in `language`."""
    if is_pair(value):
        return value[language]
    if isinstance(value, dict):
        return {key: in_language(item, language) for key, item in value.items()}
    if isinstance(value, list):
        return [in_language(item, language) for item in value]
    return value


def with_block_ids(value: Any, seed: str) -> Any:
    """Gives stream and list blocks ids derived from their place in the spec.

    Both languages get the same ids, so wagtail-localize finds each English string at the
    same path as its Swedish original.
    """
    if isinstance(value, list) and value and all(_is_block(item) for item in value):
        return [
            {
                "type": block["type"],
                "value": with_block_ids(block["value"], f"{seed}/{index}"),
                "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}/{index}")),
            }
            for index, block in enumerate(value)
        ]
    if isinstance(value, dict) and not is_pair(value):
        result = {}
        for key, item in value.items():
            if key == "items" and isinstance(item, list):
                # ListBlock items: give each one an id, in the format Wagtail stores them.
                result[key] = [
                    {
                        "type": "item",
                        "value": entry,
                        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"{seed}/items/{index}")),
                    }
                    for index, entry in enumerate(item)
                ]
            else:
                result[key] = with_block_ids(item, f"{seed}/{key}")
        return result
    return value


def _is_block(item: Any) -> bool:
    return isinstance(item, dict) and set(item) == {"type", "value"}


def contains_page_ref(value: Any) -> bool:
    if isinstance(value, str):
        return value.startswith(PAGE_REF)
    if isinstance(value, dict):
        return any(contains_page_ref(item) for item in value.values())
    if isinstance(value, list):
        return any(contains_page_ref(item) for item in value)
    return False


def resolve_page_refs(value: Any, resolve: Callable[[str], int]) -> Any:
    if isinstance(value, str) and value.startswith(PAGE_REF):
        return resolve(value.removeprefix(PAGE_REF))
    if isinstance(value, dict):
        return {key: resolve_page_refs(item, resolve) for key, item in value.items()}
    if isinstance(value, list):
        return [resolve_page_refs(item, resolve) for item in value]
    return value
