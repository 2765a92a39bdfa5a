import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module as a page loads it: controlled by a service worker from its start, or not. */
async function loadedIn(page: { workerInCharge: boolean }) {
  vi.resetModules();
  const open = vi.fn(async () => ({ match: async () => undefined, add: async () => undefined }));
  vi.stubGlobal('caches', { open });
  vi.stubGlobal('navigator', { ...navigator, serviceWorker: { controller: page.workerInCharge ? {} : null } });
  Object.defineProperty(document, 'fonts', { configurable: true, value: { ready: Promise.resolve() } });
  const { keepShownFontsOffline } = await import('./keep-fonts-offline');
  return { keepShownFontsOffline, open };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('keeping the fonts on screen offline', () => {
  it('is left to the service worker on a page it was in charge of from the start', async () => {
    const { keepShownFontsOffline, open } = await loadedIn({ workerInCharge: true });
    await keepShownFontsOffline();
    expect(open).not.toHaveBeenCalled();
  });

  it('is done by the page the service worker was not yet in charge of (the first visit)', async () => {
    const { keepShownFontsOffline, open } = await loadedIn({ workerInCharge: false });
    await keepShownFontsOffline();
    expect(open).toHaveBeenCalledOnce();
  });
});
