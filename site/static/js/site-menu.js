/*
 * The main menu's button on small screens (disclosure pattern), as progressive enhancement.
 *
 * Without JavaScript the header has a link "Menu" to the menu in the footer (#menu) and the
 * header's menu stays hidden on small screens. With JavaScript the link becomes a button with
 * aria-expanded/aria-controls that shows the header's menu: opening moves focus to the first
 * menu item, Escape closes the menu and puts focus back on the button.
 */
(function () {
  "use strict";

  var link = document.querySelector("[data-site-menu-button]");
  if (!link) {
    return;
  }
  var menu = document.getElementById(link.getAttribute("data-controls"));
  if (!menu) {
    return;
  }

  var button = document.createElement("button");
  button.type = "button";
  button.className = link.className;
  button.textContent = link.textContent;
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", menu.id);
  link.replaceWith(button);
  document.documentElement.classList.add("has-site-menu");

  function isOpen() {
    return button.getAttribute("aria-expanded") === "true";
  }

  function open() {
    button.setAttribute("aria-expanded", "true");
    menu.classList.add("site-nav--open");
    var first = menu.querySelector("a");
    if (first) {
      first.focus();
    }
  }

  function close(returnFocus) {
    button.setAttribute("aria-expanded", "false");
    menu.classList.remove("site-nav--open");
    if (returnFocus) {
      button.focus();
    }
  }

  button.addEventListener("click", function () {
    if (isOpen()) {
      close(false);
    } else {
      open();
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !isOpen()) {
      return;
    }
    if (menu.contains(document.activeElement) || document.activeElement === button) {
      event.preventDefault();
      close(true);
    }
  });

  // A click outside the open menu closes it, as residents expect from a dropdown.
  document.addEventListener("click", function (event) {
    if (isOpen() && !menu.contains(event.target) && !button.contains(event.target)) {
      close(false);
    }
  });
})();
