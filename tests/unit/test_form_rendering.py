"""A select rendered in Python is the same HTML as Django's own templates make."""

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from lundsite.form_rendering import QuickSelectRenderer

CHOICES = [
    ("", "Alla"),
    ("a&b", "Föreningar & <stiftelser>"),
    ("Nämnder", [("kultur", "Kultur- och fritidsnämnden"), ("vard", "Vård och omsorg")]),
    (3, "Tre"),
]


class Filters(forms.Form):
    plain = forms.ChoiceField(choices=CHOICES, required=False)
    needed = forms.ChoiceField(choices=CHOICES)
    several = forms.MultipleChoiceField(choices=CHOICES, required=False)
    answer = forms.NullBooleanField(required=False)
    described = forms.ChoiceField(
        choices=CHOICES,
        required=False,
        widget=forms.Select(attrs={"aria-describedby": "x-error", "disabled": False, "data-x": 1}),
    )
    typed = forms.ChoiceField(choices=CHOICES, required=False, widget=forms.RadioSelect)


@pytest.mark.parametrize(
    "data",
    [None, {"plain": "a&b", "needed": "vard", "several": ["kultur", "3"], "answer": "true"}],
)
def test_every_select_is_the_html_djangos_templates_make(data):
    quick = Filters(data, renderer=QuickSelectRenderer())
    stock = Filters(data, renderer=DjangoTemplates())
    for name in quick.fields:
        assert str(quick[name]) == str(stock[name]), name
    assert 'value="a&amp;b"' in str(quick["plain"])
    assert "&lt;stiftelser&gt;" in str(quick["plain"])
