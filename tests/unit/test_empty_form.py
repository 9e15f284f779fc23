"""An empty form is built only when drawn (lundsite/public_forms/empty.py)."""

from django import forms

from lundsite.public_forms import EmptyForm


class Counted(forms.Form):
    built = 0
    name = forms.CharField()

    def __init__(self, *args, **kwargs) -> None:
        type(self).built += 1
        super().__init__(*args, **kwargs)


def test_whether_it_was_answered_is_known_without_building_it():
    Counted.built = 0
    form = EmptyForm(Counted)
    assert not form.is_bound
    assert not form.errors
    assert Counted.built == 0


def test_drawn_it_is_the_form_itself():
    Counted.built = 0
    form = EmptyForm(Counted)
    assert 'name="name"' in str(form["name"])
    assert form.fields["name"].required
    assert Counted.built == 1
