// Give each translated field's input the language it holds (from its name's
// suffix: title_ar, body_ind), so text inputs, rich text and StreamField blocks
// inherit lang and dir: Arabic is typed right to left, even in an English admin.
// Then show one language's fields at a time (untranslated fields always), as the
// editor last chose in this browser.
(() => {
  const data = document.getElementById("i18n-field-languages");
  if (!data) return;
  const { languages, labels } = JSON.parse(data.textContent);
  const suffix = /_([a-z]+)$/;
  const STORAGE_KEY = "portal.editor-language";
  const ALL = "all";
  const HIDDEN = "i18n-other-language";
  const codes = [...new Set(Object.values(languages).map((lang) => lang.lang))];

  function languageOf(field) {
    const match = suffix.exec(field.dataset.contentpath);
    return match && languages[match[1]];
  }

  function mark(field) {
    const language = languageOf(field);
    if (!language) return;
    const input = field.querySelector(":scope > [data-field-input]") || field;
    input.lang = language.lang;
    input.dir = language.dir;
    input.dataset.fieldLanguage = language.lang;
    // The field's own panel (its heading and help too), unless it sits inside
    // another translated field (a StreamField block of body_ar).
    const panel = field.closest("section.w-panel, .w-panel__wrapper") || field;
    if (!panel.parentElement.closest("[data-panel-language]")) {
      panel.dataset.panelLanguage = language.lang;
    }
  }

  function markWithin(root) {
    if (root.matches("[data-contentpath]")) mark(root);
    root.querySelectorAll("[data-contentpath]").forEach(mark);
  }

  function stored() {
    try {
      const code = localStorage.getItem(STORAGE_KEY);
      return code === ALL || codes.includes(code) ? code : null;
    } catch {
      return null; // storage refused (private mode): the default, every time
    }
  }

  function remember(code) {
    try {
      localStorage.setItem(STORAGE_KEY, code);
    } catch {
      // Nothing to do: the choice lasts for this page only.
    }
  }

  let shown = stored() || codes[0];
  const buttons = [];

  function apply() {
    document.querySelectorAll("[data-panel-language]").forEach((panel) => {
      const other = shown !== ALL && panel.dataset.panelLanguage !== shown;
      panel.classList.toggle(HIDDEN, other);
    });
    // A panel grouping fields (the slugs, "For search engines") goes when all of
    // its fields are in other languages.
    document.querySelectorAll("section.w-panel:not([data-panel-language])").forEach(
      (section) => {
        const fields = [...section.querySelectorAll("[data-contentpath]")];
        const empty =
          fields.length > 0 && fields.every((field) => field.closest(`.${HIDDEN}`));
        section.classList.toggle(HIDDEN, empty);
      },
    );
    for (const button of buttons) {
      button.setAttribute("aria-pressed", String(button.dataset.language === shown));
    }
  }

  function button(code, text, lang) {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "i18n-language-switch__button";
    element.dataset.language = code;
    element.textContent = text;
    if (lang) element.lang = lang;
    element.addEventListener("click", () => {
      shown = code;
      remember(code);
      apply();
    });
    buttons.push(element);
    return element;
  }

  function buildSwitch(form) {
    const bar = document.createElement("div");
    bar.className = "i18n-language-switch";
    bar.setAttribute("role", "group");
    const heading = document.createElement("span");
    heading.id = "i18n-language-switch-label";
    heading.className = "i18n-language-switch__label";
    heading.textContent = labels.group;
    bar.setAttribute("aria-labelledby", heading.id);
    bar.append(heading);
    for (const language of Object.values(languages)) {
      bar.append(button(language.lang, language.name, language.lang));
    }
    bar.append(button(ALL, labels.all));
    const tabs = form.querySelector(".w-tabs");
    if (tabs) tabs.before(bar);
    else form.prepend(bar);
  }

  markWithin(document.body);
  const form = document.querySelector("form[data-edit-form]");
  if (form && form.querySelector("[data-panel-language]")) {
    buildSwitch(form);
    apply();
  }
  // Inline panel forms and StreamField blocks are added while editing.
  new MutationObserver((mutations) => {
    let added = false;
    for (const mutation of mutations) {
      for (const node of mutation.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) {
          markWithin(node);
          added = true;
        }
      }
    }
    if (added && buttons.length) apply();
  }).observe(document.body, { childList: true, subtree: true });
})();
