/**
 * The script `jtd serve` adds to served HTML (never to the files on disk): it listens for rebuilds
 * over server-sent events, reloads the page, swaps stylesheets for CSS-only changes, and shows build
 * errors in an overlay until they are fixed.
 */
export const LIVE_RELOAD_PATH = '/__jtd/live-reload.js';
export const EVENTS_PATH = '/__jtd/events';

export const LIVE_RELOAD_CLIENT = `(() => {
  const script = document.currentScript;
  const servedGeneration = script && script.dataset.jtdGeneration !== undefined ? Number(script.dataset.jtdGeneration) : null;
  const events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  const overlayId = 'jtd-error-overlay';
  function showError(error) {
    if (!document.body) return document.addEventListener('DOMContentLoaded', () => showError(error));
    let overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.id = overlayId;
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(20,20,30,.92);color:#fff;' +
        'font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,monospace;padding:2rem;overflow:auto;white-space:pre-wrap';
      document.body.appendChild(overlay);
    }
    overlay.textContent = '';
    const title = document.createElement('div');
    title.style.cssText = 'color:#ff8080;font-weight:bold;margin-bottom:1rem';
    title.textContent = 'jtd could not build the site';
    const where = document.createElement('div');
    where.className = 'jtd-error-location';
    where.textContent = error.location || '';
    const text = document.createElement('pre');
    text.textContent = error.text;
    overlay.append(title, where, text);
  }
  function hideError() {
    const overlay = document.getElementById(overlayId);
    if (overlay) overlay.remove();
  }
  function swapStylesheets() {
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      const url = new URL(link.href);
      url.searchParams.set('jtd-reload', String(Date.now()));
      link.href = url.toString();
    }
  }
  events.addEventListener('reload', () => location.reload());
  events.addEventListener('css', () => { hideError(); swapStylesheets(); });
  events.addEventListener('build-error', (event) => showError(JSON.parse(event.data)));
  events.addEventListener('fixed', () => { hideError(); location.reload(); });
  events.addEventListener('hello', (event) => {
    const state = JSON.parse(event.data);
    if (state.error) return showError(state.error);
    hideError();
    // A rebuild finished while this page was loading, before it could hear of it.
    if (servedGeneration !== null && state.generation !== servedGeneration) location.reload();
  });
})();
`;
