/**
 * Installed before the page loads, for the page-load trace tools: `window.__load.firstList` is
 * the frame after the list first shows rows and is not busy (as the view phase's probe takes
 * it), `rows` when those rows were first seen. A string: tsx's helpers do not exist in the page.
 */
export const firstListProbe = `(() => {
  const probe = { firstList: 0, rows: 0 };
  window.__load = probe;
  const check = () => {
    if (probe.firstList || probe.pending) return;
    const list = document.querySelector('[data-testid=article-list]');
    if (!list || list.getAttribute('aria-busy') !== 'false' || !list.querySelector('.article-list-item')) return;
    probe.pending = true;
    probe.rows = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { probe.firstList = performance.now(); };
      channel.port2.postMessage(null);
    });
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-busy'] });
})()`;
