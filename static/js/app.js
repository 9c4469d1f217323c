// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // Hovering or focusing a statement highlights its aligned partners in the same claim.
  document.addEventListener("mouseover", link);
  document.addEventListener("focusin", link);
  function link(event) {
    var cell = event.target.closest && event.target.closest("td.cell:not(.absent)");
    document.querySelectorAll(".cell.is-linked").forEach(function (c) { c.classList.remove("is-linked"); });
    if (!cell) return;
    cell.parentElement.querySelectorAll("td.cell:not(.absent)").forEach(function (c) { c.classList.add("is-linked"); });
  }
})();
