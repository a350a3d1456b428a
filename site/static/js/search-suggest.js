/*
 * Search-as-you-type for the header's search form, as progressive enhancement.
 *
 * Without JavaScript the form is a plain search form. With it, the field becomes a combobox
 * (WAI-ARIA Authoring Practices, "combobox with listbox popup"): while the resident types, top
 * tasks and page titles that start like the words typed appear in a listbox below the field
 * (asked from the suggestions endpoint, which logs nothing). Focus stays in the field:
 * Down and Up move through the suggestions (aria-activedescendant), Enter opens the chosen page
 * or, with none chosen, searches as before; Escape closes the list, and a second Escape empties
 * the field. A polite status message says how many suggestions there are.
 */
(function () {
  "use strict";

  var form = document.querySelector("form[data-search-suggest]");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector("#site-search-q");
  if (!input) {
    return;
  }
  var endpoint = form.getAttribute("data-search-suggest");
  var MIN_LENGTH = 2;
  var DELAY = 200;
  var listboxId = "site-search-suggestions";

  var listbox = document.createElement("ul");
  listbox.id = listboxId;
  listbox.className = "site-search__suggestions";
  listbox.setAttribute("role", "listbox");
  listbox.setAttribute("aria-label", form.getAttribute("data-label-suggestions"));
  listbox.hidden = true;

  var status = document.createElement("div");
  status.className = "visually-hidden";
  status.setAttribute("role", "status");

  form.classList.add("site-search--suggest");
  form.appendChild(listbox);
  form.appendChild(status);

  input.setAttribute("role", "combobox");
  input.setAttribute("aria-autocomplete", "list");
  input.setAttribute("aria-expanded", "false");
  input.setAttribute("aria-controls", listboxId);

  var suggestions = [];
  var active = -1;
  var timer = null;
  var requestNumber = 0;

  function options() {
    return listbox.querySelectorAll("[role=option]");
  }

  function announce(count) {
    var text;
    if (count === 0) {
      text = form.getAttribute("data-status-none");
    } else if (count === 1) {
      text = form.getAttribute("data-status-one");
    } else {
      text = form.getAttribute("data-status-many").replace("{count}", String(count));
    }
    status.textContent = text;
  }

  function setActive(index) {
    var items = options();
    active = index;
    for (var i = 0; i < items.length; i++) {
      items[i].setAttribute("aria-selected", i === index ? "true" : "false");
    }
    if (index >= 0 && items[index]) {
      input.setAttribute("aria-activedescendant", items[index].id);
      items[index].scrollIntoView({ block: "nearest" });
    } else {
      input.removeAttribute("aria-activedescendant");
    }
  }

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    setActive(-1);
  }

  function open() {
    if (suggestions.length) {
      listbox.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }
  }

  function go(index) {
    var suggestion = suggestions[index];
    if (suggestion) {
      window.location.assign(suggestion.url);
    }
  }

  function render(items) {
    suggestions = items;
    listbox.textContent = "";
    items.forEach(function (item, index) {
      var option = document.createElement("li");
      option.id = listboxId + "-" + index;
      option.className = "site-search__suggestion";
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", "false");
      option.textContent = item.title;
      option.addEventListener("pointerdown", function (event) {
        event.preventDefault(); // keep focus in the field
      });
      option.addEventListener("click", function () {
        go(index);
      });
      listbox.appendChild(option);
    });
    setActive(-1);
    if (items.length) {
      open();
    } else {
      close();
    }
    announce(items.length);
  }

  function ask() {
    var value = input.value.trim();
    var number = ++requestNumber;
    if (value.length < MIN_LENGTH) {
      render([]);
      status.textContent = "";
      return;
    }
    fetch(endpoint + "?q=" + encodeURIComponent(value), {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.ok ? response.json() : { suggestions: [] };
      })
      .then(function (data) {
        if (number === requestNumber && document.activeElement === input) {
          render(data.suggestions || []);
        }
      })
      .catch(function () {
        if (number === requestNumber) {
          render([]);
          status.textContent = "";
        }
      });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(ask, DELAY);
  });

  input.addEventListener("keydown", function (event) {
    var count = suggestions.length;
    var isOpen = !listbox.hidden;
    switch (event.key) {
      case "ArrowDown":
      case "Down":
        if (!count) {
          return;
        }
        event.preventDefault();
        if (!isOpen) {
          open();
          setActive(0);
        } else {
          setActive(active + 1 >= count ? 0 : active + 1);
        }
        break;
      case "ArrowUp":
      case "Up":
        if (!count) {
          return;
        }
        event.preventDefault();
        if (!isOpen) {
          open();
          setActive(count - 1);
        } else {
          setActive(active <= 0 ? count - 1 : active - 1);
        }
        break;
      case "Enter":
        if (isOpen && active >= 0) {
          event.preventDefault();
          go(active);
        }
        break;
      case "Escape":
      case "Esc":
        if (isOpen) {
          event.preventDefault();
          close();
        } else if (input.value) {
          event.preventDefault();
          input.value = "";
          render([]);
          status.textContent = "";
        }
        break;
      case "Tab":
        close();
        break;
      default:
        break;
    }
  });

  input.addEventListener("blur", function () {
    close();
  });

  input.addEventListener("focus", function () {
    if (suggestions.length && input.value.trim().length >= MIN_LENGTH) {
      open();
    }
  });
})();
