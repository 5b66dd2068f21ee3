// Enhancements only: every page works without this script.
"use strict";
document.addEventListener("DOMContentLoaded", function () {
  // After a post with mistakes, take the user to the summary of them (it links to each field).
  var summary = document.querySelector("[data-error-summary]");
  if (summary) { summary.focus(); }
});
