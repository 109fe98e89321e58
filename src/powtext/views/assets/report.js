"use strict";
// Filters and tooltips for the powtext report. Text only ever goes in through textContent.
(function () {
  const anns = Array.from(document.querySelectorAll(".ann"));
  const total = new Set(anns.map((el) => el.dataset.key)).size;
  const shown = document.getElementById("shown");

  function unchecked(name) {
    return new Set(Array.from(document.querySelectorAll(`input[name="${name}"]`))
      .filter((box) => !box.checked).map((box) => box.value));
  }

  function apply() {
    const types = unchecked("type");
    const langs = unchecked("lang");
    document.querySelectorAll(".seg").forEach((seg) => {
      seg.hidden = langs.has(seg.dataset.lang);
    });
    const visible = new Set();
    anns.forEach((el) => {
      const off = types.has(el.dataset.type) || langs.has(el.dataset.lang) ||
        el.closest(".seg").hidden;
      el.classList.toggle("off", off);
      if (off) { el.removeAttribute("tabindex"); } else {
        el.setAttribute("tabindex", "0");
        visible.add(el.dataset.key);
      }
    });
    document.querySelectorAll("svg .mark").forEach((mark) => {
      mark.classList.toggle("off", types.has("date") || langs.has(mark.dataset.lang));
    });
    document.querySelectorAll("#entities .form").forEach((form) => {
      form.hidden = langs.has(form.dataset.lang);
    });
    document.querySelectorAll("#entities tbody tr").forEach((row) => {
      row.hidden = types.has("entity") || !row.querySelector(".form:not([hidden])");
    });
    shown.textContent = `Showing ${visible.size} of ${total} annotations`;
    shown.dataset.visible = String(visible.size);
  }

  const tip = document.getElementById("tip");
  const FIELDS = [["type", "type"], ["label", "label"], ["value", "value"],
    ["canonical", "identity"], ["lang", "language"], ["source", "source"], ["id", "id"]];

  function showTip(el) {
    const list = document.createElement("dl");
    const head = document.createElement("strong");
    head.textContent = el.dataset.text;
    FIELDS.forEach(([key, name]) => {
      const value = el.dataset[key];
      if (!value) { return; }
      const dt = document.createElement("dt");
      const dd = document.createElement("dd");
      dt.textContent = name;
      dd.textContent = value;
      list.append(dt, dd);
    });
    tip.replaceChildren(head, list);
    tip.hidden = false;
    const box = el.getBoundingClientRect();
    const left = Math.min(window.scrollX + box.left,
      window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = `${Math.max(4, left)}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
  }

  function target(event) {
    const el = event.target.closest ? event.target.closest(".ann") : null;
    return el && !el.classList.contains("off") ? el : null;
  }

  document.addEventListener("mouseover", (event) => {
    const el = target(event);
    if (el) { showTip(el); } else { tip.hidden = true; }
  });
  document.addEventListener("focusin", (event) => {
    const el = target(event);
    if (el) { showTip(el); }
  });
  document.addEventListener("focusout", () => { tip.hidden = true; });
  document.getElementById("filters").addEventListener("change", apply);
  apply();
  document.body.dataset.ready = "true";
}());
