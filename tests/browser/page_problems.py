"""What a page reports that a person would never see but a broken feature leaves behind:
console errors, uncaught exceptions and Content-Security-Policy violations.

Every browser test watches its pages through `PageProblems` (the autouse fixture in
conftest.py) and fails at teardown when any occurred, so a policy that blocks a script, or a
script that throws, fails the journey even when the test's own steps happen to pass."""

from playwright.sync_api import Browser, BrowserContext, ConsoleMessage, Error, Page, Response

# Chromium logs a blocked resource only as text; the event carries the directive and source,
# and fires in every frame (the admin's preview iframe too). Init scripts run before the
# page's own scripts and are not subject to the page's policy.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  const where = event.sourceFile ? ` at ${event.sourceFile}:${event.lineNumber}` : "";
  console.error(
    `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}` +
    ` on ${event.documentURI}${where}`
  );
});
"""

FAILED_LOAD = "Failed to load resource"


class PageProblems:
    """Collects the problems of every page opened in the contexts it watches."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.contexts: list[BrowserContext] = []
        # Documents the test itself navigated to and that answered with an error status
        # (a test of the 404 page): their status is the test's to check, not a failure of
        # the page. A failing stylesheet, script or image is still a problem.
        self.error_documents: set[str] = set()
        # Wagtail's autosave posts the unfinished form in the background and is answered
        # 400 with {"success": false, "error_code": "invalid"} until the form is valid; its
        # script handles that answer, but Chromium still logs the status. Only those answers
        # are let through: any other failed request stays a problem.
        self.validation_answers: set[str] = set()
        self._console_failures: list[tuple[str, str]] = []

    def watch_context(self, context: BrowserContext) -> BrowserContext:
        self.contexts.append(context)
        context.on("close", self._forget_context)
        context.add_init_script(REPORT_CSP_VIOLATIONS)
        context.on("page", self.watch_page)
        for page in context.pages:
            self.watch_page(page)
        return context

    def watch_page(self, page: Page) -> None:
        page.on("console", self._on_console)
        page.on("pageerror", self._on_page_error)
        page.on("response", self._on_response)

    def watch_browser(self, browser: Browser, monkeypatch) -> None:
        """Makes every context and page the test opens from `browser` watched, whether made
        by pytest-playwright's `page` fixture or by the test itself."""
        new_context, new_page = browser.new_context, browser.new_page

        def watched_context(**kwargs) -> BrowserContext:
            return self.watch_context(new_context(**kwargs))

        def watched_page(**kwargs) -> Page:
            page = new_page(**kwargs)
            self.watch_context(page.context)
            return page

        monkeypatch.setattr(browser, "new_context", watched_context)
        monkeypatch.setattr(browser, "new_page", watched_page)

    def _forget_context(self, context: BrowserContext) -> None:
        self.contexts.remove(context)

    def _on_console(self, message: ConsoleMessage) -> None:
        if message.type != "error":
            return
        url = message.location.get("url", "")
        if message.text.startswith(FAILED_LOAD):
            # Decided at the end: the response event for the same URL may come later.
            self._console_failures.append((url, message.text))
            return
        self.problems.append(f"console error: {message.text} ({url})")

    def _on_page_error(self, error: Error) -> None:
        self.problems.append(f"uncaught exception: {error.message}")

    def _on_response(self, response: Response) -> None:
        request = response.request
        if request.is_navigation_request() and request.frame.parent_frame is None:
            if response.status >= 400:
                self.error_documents.add(response.url)
            return
        is_json = "json" in response.headers.get("content-type", "")
        if response.status != 400 or request.resource_type not in ("fetch", "xhr") or not is_json:
            return
        try:
            answer = response.json()
        except Error:
            return  # The page moved on before the body was read: not exempted.
        if answer.get("success") is False and answer.get("error_code") == "invalid":
            self.validation_answers.add(response.url)

    def close_and_report(self) -> list[str]:
        """Closes what the test left open (which also delivers pending events) and returns
        every problem seen."""
        for context in list(self.contexts):
            context.close()
        failures = [
            f"console error: {text} ({url})"
            for url, text in self._console_failures
            if url not in self.error_documents and url not in self.validation_answers
        ]
        return self.problems + failures
