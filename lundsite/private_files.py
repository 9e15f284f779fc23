"""Storage for files that people send and that must never be public.

They live under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT, so nothing that serves /media/
reaches them. A file's address leads to an admin view, named by whoever uses the storage,
that checks the permission of the person who asks.
"""

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.urls import reverse


class PrivateFileStorage(FileSystemStorage):
    def __init__(self, download_url_name: str) -> None:
        super().__init__(location=settings.PRIVATE_MEDIA_ROOT)
        self.download_url_name = download_url_name

    def url(self, name: str | None) -> str:
        """The admin's download view for the file, never a public address."""
        return reverse(self.download_url_name, kwargs={"name": name})
