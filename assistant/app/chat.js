// The page viewer's script (its gr.HTML `js_on_load`): Gradio gives it `element` and `trigger`.
// A click on a citation link in an answer (#cite-<exchange>-<number>, or Enter on one) triggers the
// viewer's "cite" event; Escape triggers "close_page" while a page is open; the arrow keys move through
// the list of sources beside the chat; zoom is a CSS scale.
window.cspTrigger = trigger; // the latest, should the viewer be mounted again
if (!window.cspChatReady) {
  window.cspChatReady = true;
  const MIN_ZOOM = 0.5;
  const MAX_ZOOM = 4;
  let zoom = 1;
  window.cspZoom = (factor) => {
    // factor 0 is "fit width": the page as wide as the viewer.
    zoom = factor ? Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom * factor)) : 1;
    document.documentElement.style.setProperty("--csp-zoom", String(zoom));
  };
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target.closest?.('a[href^="#cite-"]');
      if (!link) return;
      event.preventDefault();
      event.stopPropagation();
      window.cspTrigger("cite", { ref: link.getAttribute("href").slice("#cite-".length) });
    },
    true,
  );
  // A page opened at its quote: the image and the text scrolled to show its first highlight.
  document.addEventListener(
    "load",
    (event) => {
      const image = event.target;
      if (!image.matches?.("#page-viewer img.csp-page")) return;
      const top = Number(image.dataset.firstTop || 0);
      image.closest(".csp-page-scroll").scrollTop = Math.max(0, top * image.clientHeight - 40);
      const text = image.closest(".csp-viewer").querySelector(".csp-page-text");
      const mark = text?.querySelector("mark");
      if (mark) text.scrollTop = Math.max(0, mark.offsetTop - 20);
    },
    true,
  );
  // Gradio names each radio of a list apart, so the browser's own arrow keys stay on one: move here.
  const STEPS = { ArrowDown: 1, ArrowRight: 1, ArrowUp: -1, ArrowLeft: -1 };
  document.addEventListener("keydown", (event) => {
    const radio = event.target.closest?.("#sources input[type=radio]");
    if (radio && event.key in STEPS) {
      const all = [...document.querySelectorAll("#sources input[type=radio]")];
      const next = all[(all.indexOf(radio) + STEPS[event.key] + all.length) % all.length];
      event.preventDefault();
      next.focus();
      next.click(); // chooses it, which opens its page
    } else if (event.key === "Escape" && document.querySelector("#page-viewer .csp-viewer, #page-viewer .csp-viewer-error")) {
      window.cspTrigger("close_page");
    }
  });
}
