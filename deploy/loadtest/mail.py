"""An SMTP sink on loopback that can go down and come back on the same port."""

from aiosmtpd.controller import Controller

from deploy.stack import free_port


class Sink:
    def __init__(self) -> None:
        self.port = free_port()
        self.received: list[bytes] = []
        self._controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802 - aiosmtpd's name
        self.received.append(envelope.content)
        return "250 OK"

    def up(self) -> None:
        self._controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self._controller.start()

    def down(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
