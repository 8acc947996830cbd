// A long list of checkboxes (panels.Checklist) gets a search box above it that
// hides the choices not containing what is typed, accents ignored ("nghe an"
// finds "Nghệ An"); ticked choices stay ticked when hidden.
(() => {
  const fold = (text) =>
    text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

  function enhance(list) {
    const first = list.querySelector("input[data-checklist-filter]");
    const options = [...list.querySelectorAll("input[type=checkbox]")];
    if (!first || list.dataset.checklistReady) return;
    list.dataset.checklistReady = "true";
    if (options.length < Number(first.dataset.checklistFrom)) return;

    const label = document.createElement("label");
    label.className = "checklist-filter";
    const text = document.createElement("span");
    text.textContent = first.dataset.checklistFilter;
    const input = document.createElement("input");
    input.type = "search";
    input.setAttribute("aria-controls", list.id);
    label.append(text, input);
    list.before(label);

    input.addEventListener("input", () => {
      const wanted = fold(input.value.trim());
      for (const option of options) {
        const row = option.closest("label").parentElement;
        row.hidden = Boolean(wanted) && !fold(row.textContent).includes(wanted);
      }
    });
  }

  function enhanceWithin(root) {
    root.querySelectorAll("input[data-checklist-filter]").forEach((input) => {
      const list = input.closest("[id]:not(input)");
      if (list) enhance(list);
    });
  }

  enhanceWithin(document);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) enhanceWithin(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
