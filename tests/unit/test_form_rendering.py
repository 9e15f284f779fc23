"""Widgets rendered in Python are the same HTML as Django's own templates make."""

import datetime

import pytest
from django import forms
from django.forms.renderers import DjangoTemplates

from lundsite.form_rendering import QuickWidgetRenderer

CHOICES = [
    ("", "Alla"),
    ("a&b", "Föreningar & <stiftelser>"),
    ("Nämnder", [("kultur", "Kultur- och fritidsnämnden"), ("vard", "Vård och omsorg")]),
    (3, "Tre"),
]


class EveryWidget(forms.Form):
    plain = forms.ChoiceField(choices=CHOICES, required=False)
    needed = forms.ChoiceField(choices=CHOICES)
    several = forms.MultipleChoiceField(choices=CHOICES, required=False)
    answer = forms.NullBooleanField(required=False)
    described = forms.ChoiceField(
        choices=CHOICES,
        required=False,
        widget=forms.Select(attrs={"aria-describedby": "x-error", "disabled": False, "data-x": 1}),
    )
    radio = forms.ChoiceField(choices=CHOICES, required=False, widget=forms.RadioSelect)
    boxes = forms.MultipleChoiceField(
        choices=CHOICES, widget=forms.CheckboxSelectMultiple(attrs={"class": "choices"})
    )
    text = forms.CharField(max_length=20, widget=forms.TextInput(attrs={"placeholder": '"x"'}))
    email = forms.EmailField(required=False)
    number = forms.IntegerField(min_value=1, required=False)
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date"}))
    secret = forms.CharField(widget=forms.PasswordInput, required=False)
    hidden = forms.CharField(widget=forms.HiddenInput, required=False)
    agree = forms.BooleanField(required=False)
    file = forms.FileField(required=False)
    long = forms.CharField(widget=forms.Textarea, required=False)


FILLED = {
    "plain": "a&b",
    "needed": "vard",
    "several": ["kultur", "3"],
    "answer": "true",
    "radio": "3",
    "boxes": ["a&b", "vard"],
    "text": "<script>",
    "email": "a@example.org",
    "number": "0",
    "day": datetime.date(2026, 12, 3).isoformat(),
    "secret": "hemligt",
    "hidden": "dold & gömd",
    "agree": "on",
    "long": "rad\nrad",
}


@pytest.mark.parametrize("data", [None, FILLED, {"text": "x" * 30}])
def test_every_widget_is_the_html_djangos_templates_make(data):
    quick = EveryWidget(data, renderer=QuickWidgetRenderer())
    stock = EveryWidget(data, renderer=DjangoTemplates())
    for name in quick.fields:
        assert str(quick[name]) == str(stock[name]), name
        # One option at a time, as a template lays out its own radio buttons.
        for mine, theirs in zip(quick[name], stock[name], strict=True):
            assert mine.tag() == theirs.tag(), name


def test_values_and_labels_are_escaped():
    form = EveryWidget(FILLED, renderer=QuickWidgetRenderer())
    assert 'value="a&amp;b"' in str(form["plain"])
    assert "&lt;stiftelser&gt;" in str(form["radio"])
    assert 'value="&lt;script&gt;"' in str(form["text"])
