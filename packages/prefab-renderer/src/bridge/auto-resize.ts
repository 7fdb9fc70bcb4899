import type { SizeChange } from "./host-bridge.js";

/**
 * Watches an element and reports its size for `ui/notifications/size-changed`.
 *
 * Feedback-loop rules (the host resizes the iframe to what we report, which can resize what we measure):
 * - Height: for `<html>` (the default) we measure with `height: max-content` for one synchronous read (what
 *   ext-apps does), so an `html { height: 100% }` stylesheet cannot make the reported height follow the iframe
 *   height. For any other element we read its border box, so do not pass an element whose height is a
 *   percentage of the viewport.
 * - Width: `window.innerWidth`, i.e. the width the host gave us. Reporting it back is a fixed point; hosts use it
 *   only as a minimum (basic-host: `min-width: min(width, 100%)`).
 * - Values are rounded up to whole pixels, and a report goes out only when one of them changed.
 * - Measuring happens at most once per animation frame, however many ResizeObserver callbacks fire.
 */
export function observeSize(element: Element, report: (size: Required<SizeChange>) => void): () => void {
  const view = element.ownerDocument.defaultView;
  if (!view || typeof view.ResizeObserver !== "function") return () => {};

  const schedule: (callback: () => void) => number =
    typeof view.requestAnimationFrame === "function"
      ? (callback) => view.requestAnimationFrame(callback)
      : (callback) => view.setTimeout(callback, 16);
  const unschedule: (handle: number) => void =
    typeof view.cancelAnimationFrame === "function"
      ? (handle) => view.cancelAnimationFrame(handle)
      : (handle) => view.clearTimeout(handle);

  let frame: number | undefined;
  let lastWidth = -1;
  let lastHeight = -1;

  const measure = () => {
    frame = undefined;
    const width = Math.ceil(view.innerWidth);
    const height = Math.ceil(measureHeight(element));
    if (width === lastWidth && height === lastHeight) return;
    lastWidth = width;
    lastHeight = height;
    report({ width, height });
  };
  const request = () => {
    if (frame === undefined) frame = schedule(measure);
  };

  const observer = new view.ResizeObserver(request);
  observer.observe(element);
  const mutations = watchDocumentChildren(element, observer);
  request();

  return () => {
    observer.disconnect();
    mutations?.disconnect();
    if (frame !== undefined) unschedule(frame);
    frame = undefined;
  };
}

/**
 * When measuring the whole document, observing `<html>` alone is not enough: with `html, body { height: 100% }`
 * their boxes follow the iframe, not the content, so content growth would go unnoticed. Observe `<body>` and its
 * element children too (the renderer's root lives there), following children added or removed later.
 */
function watchDocumentChildren(element: Element, observer: ResizeObserver): MutationObserver | undefined {
  const doc = element.ownerDocument;
  const body = doc.body;
  if (element !== doc.documentElement || !body) return undefined;
  observer.observe(body);
  for (const child of Array.from(body.children)) observer.observe(child);
  const view = doc.defaultView;
  if (!view || typeof view.MutationObserver !== "function") return undefined;
  const mutations = new view.MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (isElement(node)) observer.observe(node);
      for (const node of Array.from(record.removedNodes)) if (isElement(node)) observer.unobserve(node);
    }
  });
  mutations.observe(body, { childList: true });
  return mutations;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

function measureHeight(element: Element): number {
  if (!(element === element.ownerDocument.documentElement && "style" in element)) {
    return element.getBoundingClientRect().height;
  }
  const html = element as HTMLElement;
  const previous = html.style.height;
  html.style.height = "max-content";
  const box = html.getBoundingClientRect();
  const height = Math.max(box.height, overflowBottom(html, box.top));
  html.style.height = previous;
  return height;
}

/**
 * Where content that overflows `<body>` ends (a slider thumb, a negative margin, an absolutely positioned child),
 * relative to the top of `<html>`: `body.scrollHeight` covers its overflowing descendants, and with `<html>` at
 * max-content it does not follow the iframe height (no feedback loop, unlike `documentElement.scrollHeight`, which
 * is never less than the viewport).
 */
function overflowBottom(html: HTMLElement, htmlTop: number): number {
  const body = html.ownerDocument.body;
  const view = html.ownerDocument.defaultView;
  if (!body || !view) return 0;
  const style = view.getComputedStyle(body);
  if (style.overflowY !== "visible") return 0;
  const margin = Number.parseFloat(style.marginBottom) || 0;
  const padding = Number.parseFloat(view.getComputedStyle(html).paddingBottom) || 0;
  return body.getBoundingClientRect().top - htmlTop + body.scrollHeight + margin + padding;
}
