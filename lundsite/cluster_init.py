"""Pages made from database rows without modelcluster's scan of every related field.

`ClusterableModel.__init__` lists the model's child relations (every field of the model, a
few hundred on a page type) on each instance made, to see whether one was passed as a
keyword. Django makes an instance from a database row with positional values only, so for
those the list is never used; it was a quarter of the time to read sixteen pages, and a
list page reads sixty. Instances made with keywords (forms, factories, the admin) go
through modelcluster's own constructor as before.
"""

from django.db import models
from modelcluster.models import ClusterableModel

_modelclusters_own = ClusterableModel.__init__


def _init(self: models.Model, *args, **kwargs) -> None:
    if kwargs:
        _modelclusters_own(self, *args, **kwargs)
    else:
        super(ClusterableModel, self).__init__(*args)


def install() -> None:
    """From AppConfig.ready."""
    ClusterableModel.__init__ = _init
