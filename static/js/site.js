// Progressive enhancement only: every page works without this file.

// The main menu (a <details> in the header): open on wide screens, also in browsers whose
// CSS cannot show a closed <details>; on a phone, Escape closes it and gives focus back
// to its button, as for any menu.
(function () {
  "use strict";
  var menu = document.querySelector("[data-main-nav]");
  if (!menu || !window.matchMedia) {
    return;
  }
  var wide = window.matchMedia("(min-width: 64em)");
  function follow() {
    menu.open = wide.matches;
  }
  follow();
  if (wide.addEventListener) {
    wide.addEventListener("change", follow);
  }
  menu.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && menu.open && !wide.matches) {
      menu.open = false;
      menu.querySelector("summary").focus();
    }
  });
})();
