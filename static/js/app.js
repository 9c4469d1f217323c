// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";

  // Hovering or focusing a statement highlights its aligned partners in the same claim.
  document.addEventListener("mouseover", link);
  document.addEventListener("focusin", link);
  function link(event) {
    var t = event.target;
    var cell = t.closest && (t.closest("td.cell:not(.absent)") || (event.type === "focusin" && t.closest("tr.claim th.claim-col")));
    document.querySelectorAll(".cell.is-linked").forEach(function (c) { c.classList.remove("is-linked"); });
    if (!cell) return;
    cell.parentElement.querySelectorAll("td.cell:not(.absent)").forEach(function (c) { c.classList.add("is-linked"); });
  }

  // Source badges: a click pins the full attribution open, Escape closes it.
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest(".badge-button");
    document.querySelectorAll(".badge-button[aria-expanded=true]").forEach(function (b) {
      if (b !== button) b.setAttribute("aria-expanded", "false");
    });
    if (button) button.setAttribute("aria-expanded", button.getAttribute("aria-expanded") === "true" ? "false" : "true");
  });

  // An attribution opens upwards where the claims table (which scrolls, and so clips
  // what overflows it) has too little room below the badge: the last rows.
  ["mouseover", "focusin", "click"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var badge = event.target.closest && event.target.closest(".badge");
      var tip = badge && badge.querySelector(".badge-tip");
      if (!tip) return;
      var box = badge.closest(".matrix-wrap") || document.documentElement;
      var frame = box === document.documentElement
        ? { top: 0, bottom: window.innerHeight } : box.getBoundingClientRect();
      var rect = badge.getBoundingClientRect();
      var height = tip.offsetHeight || 160;
      var below = frame.bottom - rect.bottom, above = rect.top - frame.top;
      badge.classList.toggle("tip-up", below < height + 8 && above > below);
    });
  });

  // Escape hides an open attribution until the badge loses focus or the pointer leaves.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    document.querySelectorAll(".badge-button[aria-expanded=true]").forEach(function (b) { b.setAttribute("aria-expanded", "false"); });
    var badge = document.activeElement && document.activeElement.closest && document.activeElement.closest(".badge");
    if (badge) badge.classList.add("tip-dismissed");
  });
  ["focusout", "mouseout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var badge = event.target.closest && event.target.closest(".badge.tip-dismissed");
      if (badge && !badge.contains(event.relatedTarget)) badge.classList.remove("tip-dismissed");
    });
  });

  var matrix = document.querySelector("table.matrix");
  if (!matrix) return;
  var rows = Array.prototype.slice.call(matrix.querySelectorAll("tbody tr.claim"));
  var status = document.querySelector(".filter-status");
  var empty = document.querySelector(".empty-filter");

  // Filters switch in place; the address keeps the choice so the view can be linked.
  function applyFilter(show) {
    var visible = 0;
    rows.forEach(function (row) {
      var on = (row.getAttribute("data-shows") || "").split(" ").indexOf(show) >= 0 && !row.hasAttribute("data-blank");
      row.hidden = !on;
      if (on) visible += 1;
    });
    matrix.setAttribute("data-show", show);
    document.querySelectorAll("a.filter").forEach(function (a) {
      var current = a.getAttribute("data-show") === show;
      a.classList.toggle("is-current", current);
      if (current) a.setAttribute("aria-current", "true"); else a.removeAttribute("aria-current");
    });
    var label = document.querySelector("a.filter[data-show='" + show + "']");
    var name = label ? label.firstChild.textContent.trim().toLowerCase() : show;
    if (status) {
      status.textContent = "Showing " + visible + " of " + rows.length + " claims" + (show === "all" ? "" : " (" + name + ")") + ".";
      status.setAttribute("data-visible", String(visible));
    }
    if (empty) empty.hidden = visible > 0;
    var url = new URL(window.location.href);
    if (show === "all") url.searchParams.delete("show"); else url.searchParams.set("show", show);
    window.history.replaceState(null, "", url.pathname + url.search + url.hash);
    document.querySelectorAll("a.sort, a[data-copies]").forEach(function (a) {
      var target = new URL(a.href);
      if (show === "all") target.searchParams.delete("show"); else target.searchParams.set("show", show);
      a.href = target.pathname + target.search + target.hash;
    });
  }
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a[data-show]");
    if (!a || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    applyFilter(a.getAttribute("data-show"));
  });

  // Keyboard: j / ArrowDown next claim, k / ArrowUp previous (outside form fields).
  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    var t = event.target;
    if (t.closest && t.closest("input, textarea, select, [contenteditable]")) return;
    var step = { j: 1, ArrowDown: 1, k: -1, ArrowUp: -1 }[event.key];
    if (!step) return;
    var shown = rows.filter(function (r) { return !r.hidden; });
    if (!shown.length) return;
    var current = document.activeElement && document.activeElement.closest ? document.activeElement.closest("tr.claim") : null;
    var index = shown.indexOf(current);
    // Arrow keys keep scrolling the page until a claim has focus; j and k always move.
    if (index < 0 && event.key.indexOf("Arrow") === 0) return;
    var next = index < 0 ? (step > 0 ? 0 : shown.length - 1) : index + step;
    if (next < 0 || next >= shown.length) return;
    event.preventDefault();
    rows.forEach(function (r) { r.classList.remove("is-current"); });
    shown[next].classList.add("is-current");
    var head = shown[next].querySelector("th.claim-col");
    head.focus({ preventScroll: true });
    shown[next].scrollIntoView({ block: "nearest" });
  });
})();
