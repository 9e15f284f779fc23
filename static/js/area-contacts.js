// The föreningslots' form: when a priority area is ticked, mark which förvaltning helps with
// it and tell screen readers. Without this script the whole list is simply there to read.
(function () {
  "use strict";
  var box = document.querySelector("[data-area-contacts]");
  if (!box) return;
  var form = box.closest("form") || document;
  var status = box.querySelector("[data-area-contacts-status]");
  var items = box.querySelectorAll("[data-area]");

  function update() {
    var chosen = {};
    form.querySelectorAll('input[name="priority_areas"]:checked').forEach(function (input) {
      chosen[input.value] = true;
    });
    var names = [];
    items.forEach(function (item) {
      var on = Boolean(chosen[item.getAttribute("data-area")]);
      item.classList.toggle("area-contacts__item--suggested", on);
      if (on) names.push(item.textContent.trim());
    });
    box.classList.toggle("area-contacts--chosen", names.length > 0);
    if (status) {
      status.textContent = names.length ? box.getAttribute("data-suggestion-text") + " " + names.join(" ") : "";
    }
  }

  form.addEventListener("change", function (event) {
    if (event.target && event.target.name === "priority_areas") update();
  });
  update();
})();
