// The page viewer's script (its gr.HTML `js_on_load`): Gradio gives it `element` and `trigger`.
// A click on a citation link in an answer (#cite-<exchange>-<number>, or Enter on one) triggers the
// viewer's "cite" event; Escape triggers "close_page" while a page is open; zoom is a CSS scale.
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
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && document.querySelector("#page-viewer .csp-viewer, #page-viewer .csp-viewer-error")) {
      window.cspTrigger("close_page");
    }
  });
}
