// The agreement and minutes forms, enhanced. Without this script every part of a form is shown
// with a line saying when to fill it in, and «add a row» asks the server for the form again.
"use strict";
(function () {
  // A part shown only when a radio button group has a given value (data-shown-when-*).
  function applyConditions(form) {
    form.querySelectorAll("[data-shown-when-name]").forEach(function (part) {
      var name = part.getAttribute("data-shown-when-name");
      var want = part.getAttribute("data-shown-when-value");
      var on = false;
      form.querySelectorAll("input[type=radio]").forEach(function (radio) {
        if (radio.name === name && radio.checked && radio.value === want) { on = true; }
      });
      part.hidden = !on;
    });
  }

  // «Add a row» in place: a copy of the list's empty row, numbered, focused.
  function addRow(button) {
    var list = button.closest("[data-list]");
    var rows = list.querySelector(".rows");
    var template = list.querySelector("template[data-row-template]");
    var count = 0;
    Array.prototype.forEach.call(rows.children, function (child) {
      if (child.hasAttribute("data-row")) { count += 1; }
    });
    var max = parseInt(list.getAttribute("data-max"), 10);
    if (count >= max) { return; }
    var html = template.innerHTML.replace(/__INDEX__/g, String(count)).replace(/__NUMBER__/g, String(count + 1));
    rows.insertAdjacentHTML("beforeend", html);
    var added = rows.lastElementChild;
    var first = added.querySelector("input, textarea");
    if (first) { first.focus(); }
    if (count + 1 >= max) { button.hidden = true; }
    applyConditions(button.form);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form.schema-form").forEach(function (form) {
      applyConditions(form);
      form.addEventListener("change", function (event) {
        if (event.target.type === "radio") { applyConditions(form); }
      });
      form.addEventListener("click", function (event) {
        var button = event.target.closest("[data-add-row]");
        if (button) {
          event.preventDefault();
          addRow(button);
        }
      });
    });
  });
})();
