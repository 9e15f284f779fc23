"""An empty form, built only if it is drawn.

A page with a form keeps its drawn empty form as a fragment (`{% page_content … unless
form.is_bound %}`), and its title asks `form.errors`. Building the form (copying its fields,
reading its choices) on every page-cache miss only to answer those two questions cost a
millisecond or more; an `EmptyForm` answers them itself and builds the form the first time
anything else is asked of it.
"""

from collections.abc import Callable

from django import forms
from django.forms.utils import ErrorDict
from django.utils.functional import SimpleLazyObject


class EmptyForm(SimpleLazyObject):
    is_bound = False

    def __init__(self, build: Callable[[], forms.BaseForm]) -> None:
        super().__init__(build)

    @property
    def errors(self) -> ErrorDict:
        return ErrorDict()
