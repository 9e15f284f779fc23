import datetime
from typing import Any

import pytest
import yaml

from home import content_files
from home.content_files import CONTENT_DIR, load
from home.content_files import content_files as all_files
from home.specs import PAGE_REF, SNIPPET_REF, is_pair

# The files load_initial_content starts from; the others are included through `children`.
SNIPPET_FILES = ["iop/parties.yaml", "frivilligkraft/categories.yaml"]
HOME = "home.yaml"
TOP_LEVEL = [
    "agreement.yaml",
    "principles/index.yaml",
    "priority-areas/index.yaml",
    "process.yaml",
    "iop/register.yaml",
    "frivilligkraft/index.yaml",
    "foreningslotsen.yaml",
    "followup/index.yaml",
    "events/index.yaml",
    "accessibility.yaml",
    "privacy.yaml",
    "search.yaml",
    "directory/organisations.yaml",
    "directory/municipal-bodies.yaml",
    "lattlast/index.yaml",
]
EXAMPLES = "frivilligkraft/examples.yaml"


def _walk(value: Any):
    yield value
    if isinstance(value, dict):
        for item in value.values():
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)


def _pages(spec: dict[str, Any], parent: str = "/"):
    """Each page in the spec with its Swedish path below the home page."""
    path = f"{parent}{spec['slug']['sv']}/"
    yield path, spec
    for child in spec.get("children", []):
        yield from _pages(child, path)


def _site() -> list[tuple[str, dict[str, Any]]]:
    pages = [("/", load(HOME))]
    for name in TOP_LEVEL:
        pages.extend(_pages(load(name)))
    pages.extend(_pages(load(EXAMPLES)[0], "/frivilligkraft/"))
    return pages


def test_the_content_is_data_not_code():
    assert not list(CONTENT_DIR.rglob("*.py"))
    assert len(all_files()) > 10


@pytest.mark.parametrize("path", all_files(), ids=lambda path: str(path.relative_to(CONTENT_DIR)))
def test_every_content_file_parses_and_loads(path):
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    specs = data if isinstance(data, list) else [data]
    assert specs
    for spec in specs:
        assert isinstance(spec, dict)
        assert {"type", "slug"} <= set(spec), spec
    load(str(path.relative_to(CONTENT_DIR)))


@pytest.mark.parametrize("path", all_files(), ids=lambda path: str(path.relative_to(CONTENT_DIR)))
def test_every_translation_pair_has_both_languages(path):
    data = load(str(path.relative_to(CONTENT_DIR)))
    for value in _walk(data):
        if isinstance(value, dict) and value.keys() & {"sv", "en"}:
            assert is_pair(value), f"{path.name}: not a pair: {value}"
            for language, text in value.items():
                assert isinstance(text, str) and text.strip(), f"{path.name}: no {language}"


def test_every_file_is_part_of_the_site():
    reachable: set[str] = set()
    queue = [*SNIPPET_FILES, HOME, *TOP_LEVEL, EXAMPLES]
    while queue:
        name = queue.pop()
        reachable.add(name)
        folder = (CONTENT_DIR / name).parent
        for value in _walk(yaml.safe_load((CONTENT_DIR / name).read_text(encoding="utf-8"))):
            if isinstance(value, dict):
                queue.extend(
                    str((folder / child).relative_to(CONTENT_DIR))
                    for child in value.get("children", [])
                    if isinstance(child, str)
                )
    assert {str(path.relative_to(CONTENT_DIR)) for path in all_files()} == reachable


def test_the_site_has_the_pages_of_the_source_documents():
    paths = dict(_site())
    principles = paths["/principer/"]["children"]
    areas = paths["/prioriterade-omraden/"]["children"]
    agreements = [
        child
        for child in paths["/iop/"]["children"]
        if child["type"] == "partnerships.IOPAgreementPage"
    ]
    assert len(principles) == 6
    assert len(areas) == 4
    assert len(agreements) == 9
    assert len({path for path, _ in _site()}) == len(_site()), "two pages at one path"


def test_every_reference_points_at_something_in_the_content():
    paths = {path for path, _ in _site()}
    snippets = {
        f"{SNIPPET_REF}{spec['type']}:{spec['slug']}"
        for name in SNIPPET_FILES
        for spec in load(name)
    }
    for path, spec in _site():
        for value in _walk({key: item for key, item in spec.items() if key != "children"}):
            if isinstance(value, str) and value.startswith(PAGE_REF):
                assert value.removeprefix(PAGE_REF) in paths, f"{path}: {value}"
            if isinstance(value, str) and value.startswith(SNIPPET_REF):
                assert value in snippets, f"{path}: {value}"


def test_example_assignments_get_dates_counted_from_today():
    today = datetime.date(2030, 2, 27)
    examples = load(EXAMPLES, today=today)
    assert examples
    for example in examples:
        fields = example["fields"]
        assert today < fields["first_day"] < fields["last_day"]
        assert fields["last_day"] - fields["first_day"] == datetime.timedelta(days=14)
        assert fields["is_example"] is True
    first = load(EXAMPLES)[0]["fields"]["first_day"]
    assert first == datetime.date.today() + (examples[0]["fields"]["first_day"] - today)


def test_iop_dates_are_dates():
    agreements = load("iop/agreements.yaml")
    dated = [spec for spec in agreements if spec["fields"]["start_date"] is not None]
    assert dated
    for spec in dated:
        assert spec["fields"]["start_date"] == datetime.date(2021, 1, 1)
        assert spec["fields"]["end_date"] == datetime.date(2023, 12, 31)


def test_children_may_name_other_files(tmp_path, monkeypatch):
    (tmp_path / "section").mkdir()
    (tmp_path / "section" / "index.yaml").write_text(
        "type: home.ContentPage\n"
        "slug: {sv: del, en: part}\n"
        "children:\n"
        "  - one.yaml\n"
        "  - many.yaml\n"
        "  - {type: home.ContentPage, slug: {sv: sist, en: last}}\n",
        encoding="utf-8",
    )
    (tmp_path / "section" / "one.yaml").write_text(
        "type: home.ContentPage\nslug: {sv: en, en: one}\nfields: {day: {days_from_today: 2}}\n",
        encoding="utf-8",
    )
    (tmp_path / "section" / "many.yaml").write_text(
        "- {type: home.ContentPage, slug: {sv: tva, en: two}}\n"
        "- {type: home.ContentPage, slug: {sv: tre, en: three}}\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(content_files, "CONTENT_DIR", tmp_path)
    spec = load("section/index.yaml", today=datetime.date(2030, 1, 1))
    assert [child["slug"]["en"] for child in spec["children"]] == ["one", "two", "three", "last"]
    assert spec["children"][0]["fields"]["day"] == datetime.date(2030, 1, 3)
