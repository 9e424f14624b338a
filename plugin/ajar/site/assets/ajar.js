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

  window.ajarCopyText = copyText;  // for the action commands below

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
      var noun = rows.length === 1 ? " contact" : " contacts";  // as wording.counted says it
      count.textContent = (words.length ? shown + " of " : "") + rows.length + noun;
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

/* Recording from the site. Every action is printed as its `ajar` command
   (<span class="ajar-action" data-ajar-action data-ajar-target>). In a static
   build it gets a copy button; under `mkdocs serve` the server adds
   a meta tag named ajar-token to the page and the command becomes a button that
   POSTs to the server, which runs the same action as the command. After a
   change the live-reload server rebuilds and the page reloads; the
   confirmation (with an undo) survives the reload in sessionStorage.
   Keyboard: j / k move between the dashboard's or timeline's items, d marks
   the focused item done (its first button), Escape closes a form. */
(function () {
  "use strict";

  var TARGET = {replied: "rejection", no_reply: "rejection", connected: "contact",
                reconnected: "contact", snooze: "contact", checked: "company"};
  var FLASH = "ajar-flash";
  var ITEMS = ".ajar-worklist > li[data-kind], .ajar-timeline > li[data-kind]";
  var DURATIONS = ["2 weeks", "1 month", "3 months", "6 months", "1 year"];

  function meta(name) {
    var element = document.querySelector('meta[name="' + name + '"]');
    return element ? element.getAttribute("content") : null;
  }

  function make(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  }

  function status(action, text, failed) {
    var out = action.querySelector(".ajar-action__status");
    if (!out) {
      out = make("span", "ajar-action__status");
      action.appendChild(out);
    }
    out.setAttribute("role", failed ? "alert" : "status");
    out.classList.toggle("ajar-action__error", !!failed);
    out.textContent = text;
  }

  function itemIndex(element) {
    var item = element.closest(ITEMS);
    if (!item) return -1;
    return Array.prototype.indexOf.call(document.querySelectorAll(ITEMS), item);
  }

  function post(path, data) {
    return fetch(meta("ajar-endpoint") + path, {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: {"Content-Type": "application/json", "X-Ajar-Token": meta("ajar-token")},
      body: JSON.stringify(data)
    }).then(function (response) {
      return response.json().catch(function () {
        return {ok: false, error: "the server answered " + response.status};
      });
    }, function () {
      return {ok: false, error: "the server does not answer: is mkdocs serve still running?"};
    });
  }

  var saving = false;  // this page has recorded a change and waits for its reload

  function afterChange(reply, focus) {
    saving = true;
    // Kept for a minute: a first rebuild may start before the file is written
    // (and reload the page as it was), a second one brings the change.
    sessionStorage.setItem(FLASH, JSON.stringify({
      lines: reply.lines, undo: !!reply.undo, focus: focus, path: location.pathname,
      until: Date.now() + 60000}));
    // The live-reload server rebuilds on the file change and reloads the page;
    // if that does not happen (live reload off), reload by hand.
    setTimeout(function () { location.reload(); }, 30000);
  }

  function record(action, extra) {
    var name = action.getAttribute("data-ajar-action");
    var data = {action: name};
    data[TARGET[name]] = action.getAttribute("data-ajar-target");
    Object.keys(extra || {}).forEach(function (key) { if (extra[key]) data[key] = extra[key]; });
    var buttons = action.querySelectorAll("button, input, select");
    Array.prototype.forEach.call(buttons, function (b) { b.disabled = true; });
    status(action, "Saving…");
    post("action", data).then(function (reply) {
      if (reply.ok && reply.changed) {
        status(action, "Saved: the page reloads with the change…");
        afterChange(reply, itemIndex(action));
        return;
      }
      Array.prototype.forEach.call(buttons, function (b) { b.disabled = false; });
      status(action, reply.ok ? reply.lines.join(" ") : reply.error, !reply.ok);
    });
  }

  function openForm(action, button) {
    var name = action.getAttribute("data-ajar-action");
    var form = action.querySelector("form");
    if (form) {
      form.querySelector("input, select").focus();
      return;
    }
    form = make("form", "ajar-action__form");
    var field;
    if (name === "snooze") {
      field = make("select");
      field.name = "for";
      field.setAttribute("aria-label", "Snooze for");
      DURATIONS.forEach(function (d) {
        var option = make("option", "", "for " + d);
        option.value = d;
        if (d === "3 months") option.selected = true;
        field.appendChild(option);
      });
    } else {
      field = make("input");
      field.type = "text";
      field.name = "note";
      field.maxLength = 2000;
      field.placeholder = "What did you talk about? (optional)";
      field.setAttribute("aria-label", "Note");
    }
    var save = make("button", "ajar-action__save", name === "snooze" ? "Snooze" : "Save");
    save.type = "submit";
    var cancel = make("button", "ajar-action__cancel", "Cancel");
    cancel.type = "button";
    form.appendChild(field);
    form.appendChild(save);
    form.appendChild(cancel);
    action.appendChild(form);
    button.setAttribute("aria-expanded", "true");
    field.focus();
  }

  function closeForm(form) {
    var action = form.closest(".ajar-action");
    var button = action.querySelector(".ajar-record");
    form.remove();
    if (button) {
      button.setAttribute("aria-expanded", "false");
      button.focus();
    }
  }

  function prepareAction(action, served) {
    if (action.hasAttribute("data-ajar-ready")) return;
    action.setAttribute("data-ajar-ready", "");
    var code = action.querySelector("code");
    var name = action.getAttribute("data-ajar-action");
    if (!served) {
      var copy = make("button", "ajar-action__copy", "Copy");
      copy.type = "button";
      copy.title = "Copy the command, then run it in the ledger's folder";
      action.appendChild(copy);
      return;
    }
    if (!TARGET[name]) return;
    var button = make("button", "ajar-record",
                      action.getAttribute("data-ajar-label") || name);
    button.type = "button";
    button.title = code ? "Does what " + code.textContent + " does" : "";
    if (name === "reconnected" || name === "snooze") button.setAttribute("aria-expanded", "false");
    if (code) code.hidden = true;
    action.insertBefore(button, action.firstChild);
  }

  function showFlash() {
    var saved = saving ? null : sessionStorage.getItem(FLASH);
    if (!saved || document.querySelector(".ajar-flash")) return;
    var flash;
    try { flash = JSON.parse(saved); } catch (error) { flash = {}; }
    if (!(flash.until > Date.now()) || flash.path !== location.pathname) {
      sessionStorage.removeItem(FLASH);
      return;
    }
    var article = document.querySelector("article") || document.body;
    var box = make("div", "admonition success ajar-flash");
    box.setAttribute("role", "status");
    box.appendChild(make("p", "admonition-title", "Recorded"));
    (flash.lines || []).forEach(function (line) { box.appendChild(make("p", "", line)); });
    if (flash.undo && meta("ajar-token")) {
      var undo = make("button", "ajar-undo", "Undo");
      undo.type = "button";
      box.appendChild(undo);
    }
    article.insertBefore(box, article.firstChild);
    var items = document.querySelectorAll(ITEMS);
    if (flash.focus >= 0 && items.length) {
      items[Math.min(flash.focus, items.length - 1)].focus();
    }
  }

  function prepare() {
    var served = !!(meta("ajar-token") && meta("ajar-endpoint"));
    Array.prototype.forEach.call(document.querySelectorAll(".ajar-action"), function (action) {
      prepareAction(action, served);
    });
    Array.prototype.forEach.call(document.querySelectorAll(ITEMS), function (item) {
      if (!item.hasAttribute("tabindex")) item.setAttribute("tabindex", "0");
    });
    showFlash();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(prepare);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", prepare);
  } else {
    prepare();
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    var action = target.closest(".ajar-action");
    if (target.closest(".ajar-action__copy") && action) {
      var button = target.closest(".ajar-action__copy");
      window.ajarCopyText(action.querySelector("code").textContent).then(function () {
        button.textContent = "Copied";
      }, function () {
        button.textContent = "Press Ctrl+C";
        var range = document.createRange();
        range.selectNodeContents(action.querySelector("code"));
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
      });
      setTimeout(function () { button.textContent = "Copy"; }, 2000);
    } else if (target.closest(".ajar-record") && action) {
      var name = action.getAttribute("data-ajar-action");
      if (name === "reconnected" || name === "snooze") openForm(action, target.closest(".ajar-record"));
      else record(action);
    } else if (target.closest(".ajar-action__cancel")) {
      closeForm(target.closest("form"));
    } else if (target.closest(".ajar-undo")) {
      var undo = target.closest(".ajar-undo");
      undo.disabled = true;
      post("undo", {}).then(function (reply) {
        var box = undo.closest(".ajar-flash");
        if (reply.ok) {
          box.querySelector(".admonition-title").textContent = "Undone";
          afterChange({lines: reply.lines, undo: false}, -1);
        } else {
          box.classList.replace("success", "failure");
          box.appendChild(make("p", "ajar-action__error", reply.error)).setAttribute("role", "alert");
        }
      });
    }
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!(form instanceof Element) || !form.classList.contains("ajar-action__form")) return;
    event.preventDefault();
    var field = form.querySelector("input, select");
    var extra = {};
    extra[field.name] = field.value.trim();
    record(form.closest(".ajar-action"), extra);
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target || event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && target.closest(".ajar-action__form")) {
      closeForm(target.closest(".ajar-action__form"));
      return;
    }
    if (target.closest("input, textarea, select, [contenteditable]")) return;
    var items = Array.prototype.slice.call(document.querySelectorAll(ITEMS));
    if (!items.length || ["j", "k", "d"].indexOf(event.key) === -1) return;
    var current = target.closest(ITEMS);
    var index = items.indexOf(current);
    if (event.key === "d") {
      if (!current) return;
      var first = current.querySelector(".ajar-record, .ajar-action__copy");
      if (first) first.click();
    } else {
      var next = event.key === "j" ? index + 1 : (index === -1 ? items.length - 1 : index - 1);
      items[Math.max(0, Math.min(items.length - 1, next))].focus();
    }
    event.preventDefault();
    event.stopPropagation();
  }, true);
})();
