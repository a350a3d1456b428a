// Shows the running total of a budget ballot while a young person ticks proposals.
// Only a help: the server checks the budget again, and the form works without this script.
(function () {
  "use strict";
  var choices = document.querySelector(".ballot-choices[data-budget]");
  if (!choices) {
    return;
  }
  var budget = parseFloat(choices.getAttribute("data-budget"));
  var box = document.getElementById("ballot-total");
  var amount = box.querySelector("[data-ballot-total]");
  var over = box.querySelector("[data-ballot-over]");
  var format = new Intl.NumberFormat(document.documentElement.lang || "nl", {
    maximumFractionDigits: 2,
  });

  function update() {
    var total = 0;
    choices.querySelectorAll("input[type=checkbox][data-cost]").forEach(function (input) {
      if (input.checked) {
        total += parseFloat(input.getAttribute("data-cost"));
      }
    });
    amount.textContent = format.format(total);
    over.hidden = total <= budget;
  }

  box.hidden = false;
  choices.addEventListener("change", update);
  update();
})();
