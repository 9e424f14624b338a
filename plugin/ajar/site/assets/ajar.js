/* Ajar: copy buttons, and a sortable, filterable contact index.
   Our own small script, served from the site. Event delegation on the
   document keeps it working across Material's instant navigation. */
(function () {
  "use strict";

  /* Copy buttons: <button data-ajar-copy="ID"> copies the text of the element
     with that id, exactly as shown (the message without its subject; the subject
     has its own button). The Clipboard API needs a secure context (https or
     localhost); elsewhere, or when it is refused, a hidden textarea and
     execCommand do it; when both fail the text is selected for Ctrl+C. */
  function copyWithTextarea(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var done = false;
    try { done = document.execCommand("copy"); } catch (error) { done = false; }
    document.body.removeChild(area);
    return done ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text).catch(function () { return copyWithTextarea(text); });
    }
    return copyWithTextarea(text);
  }

  function selectText(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function copyFrom(button) {
    var source = document.getElementById(button.getAttribute("data-ajar-copy"));
    if (!source) return;
    var title = button.getAttribute("data-ajar-title");
    if (title === null) {
      title = button.getAttribute("title") || "";
      button.setAttribute("data-ajar-title", title);
    }
    function settle(state, label) {
      button.classList.remove("ajar-copied", "ajar-copy-failed");
      button.classList.add(state);
      button.setAttribute("title", label);
      clearTimeout(button.ajarTimer);
      button.ajarTimer = setTimeout(function () {
        button.classList.remove(state);
        button.setAttribute("title", title);
      }, 2000);
    }
    copyText(source.textContent).then(function () {
      settle("ajar-copied", "Copied");
    }, function () {
      selectText(source);
      settle("ajar-copy-failed", "Press Ctrl+C (Cmd+C) to copy the selected text");
    });
  }

  function fold(text) {
    // Case- and accent-insensitive: "jose" finds "José".
    var lower = String(text).toLowerCase();
    return lower.normalize ? lower.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : lower;
  }

  function cellValue(row, index) {
    var cell = row.cells[index];
    if (!cell) return "";
    return cell.hasAttribute("data-value") ? cell.getAttribute("data-value") : cell.textContent.trim().toLowerCase();
  }

  function sortTable(header) {
    var table = header.closest("table");
    var body = table && table.tBodies[0];
    if (!body) return;
    var index = Array.prototype.indexOf.call(header.parentNode.children, header);
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    var numeric = header.getAttribute("data-sort") === "number";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      var order = numeric ? (parseFloat(x) || 0) - (parseFloat(y) || 0) : x.localeCompare(y);
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(header.parentNode.children, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  function filterTable(input) {
    var table = document.getElementById(input.getAttribute("data-ajar-filter"));
    if (!table || !table.tBodies[0]) return;
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var rows = table.tBodies[0].rows;
    var shown = 0;
    Array.prototype.forEach.call(rows, function (row) {
      var text = fold(row.getAttribute("data-filter") || row.textContent);
      var match = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.hidden = !match;
      if (match) shown += 1;
    });
    var count = document.querySelector('[data-ajar-count="' + table.id + '"]');
    if (count) {
      count.textContent = words.length ? shown + " of " + rows.length + " contacts" : rows.length + " contacts";
    }
  }

  // Sortable headers work from the keyboard too, and a filter the browser
  // restored (back button, reload) is applied again to the rows.
  function prepare() {
    Array.prototype.forEach.call(document.querySelectorAll("table.ajar-sortable th[data-sort]"), function (th) {
      if (!th.hasAttribute("tabindex")) th.setAttribute("tabindex", "0");
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-ajar-filter]"), function (input) {
      if (input.value) filterTable(input);
    });
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target || (event.key !== "Enter" && event.key !== " ")) return;
    var header = target.closest("table.ajar-sortable th[data-sort]");
    if (header) {
      event.preventDefault();
      sortTable(header);
    }
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(prepare);  // Material: every page, instant navigation included
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepare);
  } else {
    prepare();
  }
  window.addEventListener("pageshow", prepare);

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var button = target.closest("[data-ajar-copy]");
    if (button) {
      copyFrom(button);
      return;
    }
    var header = target.closest("table.ajar-sortable th[data-sort]");
    if (header) sortTable(header);
  });

  document.addEventListener("input", function (event) {
    var target = event.target;
    if (target instanceof Element && target.hasAttribute("data-ajar-filter")) filterTable(target);
  });
})();
