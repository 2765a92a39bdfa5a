import type { BrowserContextOptions, Page } from 'playwright-core';

export const phone: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

export const tablet: BrowserContextOptions = { viewport: { width: 1024, height: 768 }, hasTouch: true };

/** Waits until the service worker has stored the app, so it can open with no network. */
export async function waitForOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** The id of the draft this browser is working on, read from its IndexedDB. */
export async function currentDraftId(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('kompass');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('settings').objectStore('settings').get('currentMappingId');
          read.onsuccess = () => resolve((read.result as { value: string }).value);
          read.onerror = () => reject(read.error);
        };
      }),
  );
}

/**
 * The first visit: choose a language, read the information letter and confirm it. The
 * confirm button is found by the locale's own text.
 */
export async function startMapping(page: Page, language: { endonym: string; confirm: string } = norwegian): Promise<void> {
  await page.getByRole('button', { name: language.endonym, exact: true }).click();
  await page.getByRole('button', { name: language.confirm, exact: true }).click();
}

export const norwegian = { endonym: 'Norsk bokmål', confirm: 'Jeg har lest eller hørt informasjonen' };

export async function fillAboutYou(page: Page, answers: { citizenship: string; gender: string; birthYear: string }) {
  await page.getByLabel('Statsborgerskap', { exact: true }).selectOption(answers.citizenship);
  await page.getByLabel(answers.gender, { exact: true }).check();
  await page.getByLabel('Fødselsår', { exact: true }).pressSequentially(answers.birthYear);
}
