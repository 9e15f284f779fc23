// Forms on cached pages carry no CSRF token (lundsite/form_tokens.py): fetch the reader's
// own when they start on a form, and before sending if they were quicker. Without this
// file the form still works: the site asks to send it once more.
(function () {
  "use strict";
  var fields = document.querySelectorAll("[data-form-token]");
  if (!fields.length || !window.fetch) {
    return;
  }
  var pending = null;
  function fetchToken() {
    if (!pending) {
      pending = fetch("/csrf/", { credentials: "same-origin", cache: "no-store" })
        .then(function (response) {
          return response.json();
        })
        .then(function (data) {
          fields.forEach(function (field) {
            field.value = data.token;
          });
        })
        .catch(function () {
          pending = null;
        });
    }
    return pending;
  }
  fields.forEach(function (field) {
    var form = field.form;
    form.addEventListener("focusin", fetchToken, { once: true });
    form.addEventListener("submit", function (event) {
      if (field.value) {
        return;
      }
      event.preventDefault();
      fetchToken().then(function () {
        form.submit();
      });
    });
  });
})();
