"""Admin panels for what people sent in, shown read-only to those who handle it."""

from typing import Any

from wagtail.admin.panels import FieldPanel


class ReadOnlyChoicesPanel(FieldPanel):
    """A many-to-many field shown read-only as its items' titles.

    Wagtail shows an empty one as the English word "None", which reads as an error in a
    Swedish admin; here it says what it means, in the admin's language."""

    def __init__(self, field_name: str, empty_text: str = "", **kwargs: Any) -> None:
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)
        self.empty_text = empty_text

    def clone_kwargs(self) -> dict[str, Any]:
        kwargs = super().clone_kwargs()
        kwargs["empty_text"] = self.empty_text
        return kwargs

    def format_value_for_display(self, value: Any) -> str:
        items = value.all() if callable(getattr(value, "all", None)) else value or []
        return ", ".join(str(item) for item in items) or str(self.empty_text)
