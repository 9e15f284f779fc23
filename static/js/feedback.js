// Page feedback: "Nej" opens the comment field instead of sending at once.
// Without this file the comment field is simply shown and both buttons send.
(function () {
  "use strict";
  document.querySelectorAll("[data-feedback]").forEach(function (form) {
    var no = form.querySelector("[data-feedback-no]");
    var answers = form.querySelector("[data-feedback-answers]");
    var comment = form.querySelector("[data-feedback-comment]");
    if (!no || !answers || !comment) {
      return;
    }
    comment.hidden = true;
    no.setAttribute("aria-expanded", "false");
    no.addEventListener("click", function (event) {
      event.preventDefault();
      comment.hidden = false;
      no.setAttribute("aria-expanded", "true");
      answers.hidden = true;
      comment.querySelector("textarea").focus();
    });
  });
})();
