"""The WSGI application leaves what loading made to the garbage collector's permanent
generation (lundsite/wsgi.py), so that a full collection during a request stays short."""

import gc
import importlib


def test_loading_the_application_freezes_what_it_made():
    gc.unfreeze()
    try:
        importlib.reload(importlib.import_module("lundsite.wsgi"))
        assert gc.get_freeze_count() > 10_000
    finally:
        gc.unfreeze()
