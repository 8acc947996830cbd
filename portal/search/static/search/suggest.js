// Titles in the reader's language as they type: the browser shows them under the
// search box (a <datalist>); without JavaScript the box works as it is.
document.querySelectorAll("input[data-suggest]").forEach((input) => {
  const list = document.getElementById(input.getAttribute("list"));
  let timer;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const words = input.value.trim();
    if (words.length < 2) return;
    timer = setTimeout(async () => {
      const address = `${input.dataset.suggest}?q=${encodeURIComponent(words)}`;
      const response = await fetch(address, { headers: { Accept: "application/json" } });
      if (!response.ok) return;
      const { suggestions } = await response.json();
      list.replaceChildren(
        ...suggestions.map(({ title }) => Object.assign(document.createElement("option"), { value: title })),
      );
    }, 200);
  });
});
