/*
 * "Was this page helpful?" without a page reload (progressive enhancement).
 *
 * Without this script the forms post normally and the server redirects back to #feedback.
 * With it, the same POST goes through fetch (the form's own CSRF token travels in the body);
 * the redirected page comes back as HTML and only the #feedback section is swapped in. Any
 * failure falls back to the normal submit. The script also shows how many characters are left
 * in the comment field.
 */
(function () {
  "use strict";

  var ENHANCED = "data-page-feedback-enhanced";

  function section() {
    return document.querySelector("[data-page-feedback]");
  }

  function announceAfter(element, delay, text) {
    window.clearTimeout(element._announceTimer);
    element._announceTimer = window.setTimeout(function () {
      element.textContent = text;
    }, delay);
  }

  function setUpCounter(root) {
    var field = root.querySelector("textarea[maxlength]");
    var limit = root.querySelector("[data-count-message]");
    if (!field || !limit || root.querySelector(".page-feedback__count")) {
      return;
    }
    var max = parseInt(field.getAttribute("maxlength"), 10);
    var template = limit.getAttribute("data-count-message");
    var visible = document.createElement("p");
    visible.className = "utrecht-form-field-description page-feedback__count";
    visible.setAttribute("aria-hidden", "true");
    var spoken = document.createElement("p");
    spoken.className = "visually-hidden page-feedback__count-live";
    spoken.setAttribute("aria-live", "polite");
    limit.after(visible, spoken);

    function update(announce) {
      var length = field.value.replace(/\r\n/g, "\n").length;
      var text = template.replace("{count}", String(Math.max(max - length, 0)));
      visible.textContent = text;
      if (announce) {
        announceAfter(spoken, 1000, text);
      }
    }
    field.addEventListener("input", function () {
      update(true);
    });
    update(false);
  }

  function swapIn(current, replacement) {
    var fresh = document.createDocumentFragment();
    Array.prototype.forEach.call(replacement.childNodes, function (node) {
      if (node.nodeName !== "SCRIPT") {
        fresh.appendChild(document.importNode(node, true));
      }
    });
    Array.prototype.slice.call(current.childNodes).forEach(function (node) {
      if (node.nodeName !== "SCRIPT") {
        current.removeChild(node);
      }
    });
    current.insertBefore(fresh, current.firstChild);
    setUpCounter(current);
    var focusTarget =
      current.querySelector(".utrecht-form-field-error-message") ||
      current.querySelector(".page-feedback__messages .utrecht-alert") ||
      current.querySelector("h2");
    if (focusTarget) {
      focusTarget.setAttribute("tabindex", "-1");
      focusTarget.focus();
    }
  }

  function submitNormally(form, submitter) {
    form.setAttribute(ENHANCED, "off");
    if (submitter) {
      submitter.click();
    } else {
      form.submit();
    }
  }

  function onSubmit(event) {
    var form = event.target;
    var root = section();
    if (!root || !root.contains(form) || form.getAttribute(ENHANCED) === "off") {
      return;
    }
    if (!window.fetch || !window.DOMParser || !window.FormData) {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter || null;
    var body = new FormData(form);
    if (submitter && submitter.name) {
      body.append(submitter.name, submitter.value);
    }
    var buttons = form.querySelectorAll("button");
    Array.prototype.forEach.call(buttons, function (button) {
      button.disabled = true;
    });
    window
      .fetch(form.action, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { Accept: "text/html" },
      })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var replacement = doc.querySelector("[data-page-feedback]");
        if (!replacement) {
          throw new Error("No feedback section in the response");
        }
        swapIn(root, replacement);
      })
      .catch(function () {
        Array.prototype.forEach.call(buttons, function (button) {
          button.disabled = false;
        });
        submitNormally(form, submitter);
      });
  }

  function init() {
    var root = section();
    if (!root || root.hasAttribute(ENHANCED)) {
      return;
    }
    root.setAttribute(ENHANCED, "on");
    root.addEventListener("submit", onSubmit);
    setUpCounter(root);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
