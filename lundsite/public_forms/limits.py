"""How many forms one address may send: mistakes are free, only stored submissions count."""

from dataclasses import dataclass

from django.http import HttpRequest
from django_ratelimit.core import get_usage


@dataclass(frozen=True)
class SubmissionLimit:
    group: str
    rate: str  # django-ratelimit's notation, e.g. "5/h"

    def _usage(self, request: HttpRequest, increment: bool) -> dict | None:
        return get_usage(
            request, group=self.group, key="ip", rate=self.rate, method="POST", increment=increment
        )

    def is_reached(self, request: HttpRequest) -> bool:
        usage = self._usage(request, increment=False)
        return bool(usage) and usage["count"] >= usage["limit"]

    def take(self, request: HttpRequest) -> bool:
        """Counts one submission about to be stored against the sender's address; False when
        that goes over the limit. The cache counts atomically, so submissions sent at the
        same moment from several servers cannot all slip under the limit together."""
        usage = self._usage(request, increment=True)
        return not usage or not usage["should_limit"]
