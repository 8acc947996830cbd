// Pages whose titles start like what the reader is typing, in their language:
// each a link to the page itself, listed under the box (arrow keys move through
// them). Without JavaScript the box searches as it is.
document.querySelectorAll("input[data-suggest]").forEach((input) => {
  const list = document.getElementById(input.dataset.suggestList);
  let timer;
  let asked = 0; // only the answer to the latest words is shown
  const show = (suggestions) => {
    list.replaceChildren(
      ...suggestions.map(({ title, url }) => {
        const item = document.createElement("li");
        item.append(Object.assign(document.createElement("a"), { href: url, textContent: title }));
        return item;
      }),
    );
    list.hidden = suggestions.length === 0;
  };
  const links = () => [...list.querySelectorAll("a")];
  input.addEventListener("input", () => {
    clearTimeout(timer);
    const words = input.value.trim();
    const ask = ++asked;
    if (words.length < 2) {
      show([]);
      return;
    }
    timer = setTimeout(async () => {
      const address = `${input.dataset.suggest}?q=${encodeURIComponent(words)}`;
      const response = await fetch(address, { headers: { Accept: "application/json" } });
      if (!response.ok || ask !== asked) return;
      show((await response.json()).suggestions);
    }, 200);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && !list.hidden) {
      event.preventDefault();
      links()[0]?.focus();
    } else if (event.key === "Escape") {
      show([]);
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (event.key === "ArrowDown") {
      event.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === "Escape") {
      show([]);
      input.focus();
    }
  });
});
