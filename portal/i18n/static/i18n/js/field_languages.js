// Give each translated field's input the language it holds (from its name's
// suffix: title_ar, body_ind), so text inputs, rich text and StreamField blocks
// inherit lang and dir: Arabic is typed right to left, even in an English admin.
(() => {
  const data = document.getElementById("i18n-field-languages");
  if (!data) return;
  const languages = JSON.parse(data.textContent);
  const suffix = /_([a-z]+)$/;

  function mark(field) {
    const match = suffix.exec(field.dataset.contentpath);
    const language = match && languages[match[1]];
    if (!language) return;
    const input = field.querySelector(":scope > [data-field-input]") || field;
    input.lang = language.lang;
    input.dir = language.dir;
    input.dataset.fieldLanguage = language.lang;
  }

  function markWithin(root) {
    if (root.matches("[data-contentpath]")) mark(root);
    root.querySelectorAll("[data-contentpath]").forEach(mark);
  }

  markWithin(document.body);
  // Inline panel forms are added while editing.
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) markWithin(node);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
})();
