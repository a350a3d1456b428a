/*
 * Customer journeys: tick steps as done and print the checklist.
 *
 * Progressive enhancement: without JavaScript the tick boxes and the print button stay hidden
 * (they would do nothing). Ticks are kept in this browser's localStorage only, one key per
 * journey page and step ("journey-checklist:<page id>:<step id>"); nothing is sent anywhere.
 */
(function () {
  "use strict";

  var PREFIX = "journey-checklist:";

  function openStorage() {
    try {
      var storage = window.localStorage;
      var probe = PREFIX + "probe";
      storage.setItem(probe, "1");
      storage.removeItem(probe);
      return storage;
    } catch (error) {
      return null; // Storage blocked (private mode, settings): leave the boxes hidden.
    }
  }

  function markStep(box) {
    var step = box.closest(".journey-step");
    if (step) {
      step.classList.toggle("journey-step--done", box.checked);
    }
  }

  function enableChecklist(journey, storage) {
    var pageId = journey.getAttribute("data-journey-id");
    var boxes = journey.querySelectorAll("input[data-step-id]");
    if (!pageId || !boxes.length) {
      return;
    }
    Array.prototype.forEach.call(boxes, function (box) {
      var key = PREFIX + pageId + ":" + box.getAttribute("data-step-id");
      box.checked = storage.getItem(key) === "done";
      markStep(box);
      box.addEventListener("change", function () {
        if (box.checked) {
          storage.setItem(key, "done");
        } else {
          storage.removeItem(key);
        }
        markStep(box);
      });
      var field = box.closest("[data-checklist-item]");
      if (field) {
        field.hidden = false;
      }
    });
    Array.prototype.forEach.call(journey.querySelectorAll("[data-checklist-help]"), function (help) {
      help.hidden = false;
    });
  }

  function enablePrintButtons() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-print-button]"), function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  function start() {
    var storage = openStorage();
    if (storage) {
      Array.prototype.forEach.call(document.querySelectorAll("[data-journey-id]"), function (journey) {
        enableChecklist(journey, storage);
      });
    }
    enablePrintButtons();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
