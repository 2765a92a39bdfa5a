import { installSealing, type Rig } from './sealed-storage';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { codeForPage, type Participant } from './workspace';

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

/**
 * Waits until an async check in the page holds. (Playwright's waitForFunction takes the promise
 * an async function returns as a truthy answer and stops waiting at once.)
 */
export async function waitInPage<Arg>(page: Page, check: (arg: Arg) => Promise<boolean>, arg: Arg, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  // Playwright's own types cannot tie a generic argument to the function's parameter.
  const inPage = check as (arg: unknown) => Promise<boolean>;
  while (!(await page.evaluate(inPage, arg))) {
    if (Date.now() > deadline) throw new Error(`waitInPage: still false after ${timeoutMs} ms: ${check.toString().slice(0, 200)}`);
    await page.waitForTimeout(250);
  }
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

/** Types the participant's login code, as read aloud by the guide (with its dashes). */
export async function logInWithCode(page: Page, code: string): Promise<void> {
  await page.locator('#login-code').fill(code);
  await page.locator('.code-login button[type="submit"]').click();
}

/**
 * Chooses a language on the first screen and logs in with a fresh code from the page's server,
 * as read aloud by a guide; the information letter is then on screen.
 */
export async function chooseLanguage(page: Page, endonym: string): Promise<Participant> {
  await page.getByRole('button', { name: endonym, exact: true }).click();
  const participant = await codeForPage(new URL(page.url()).origin);
  await logInWithCode(page, participant.code);
  await page.locator('.letter').waitFor();
  return participant;
}

/**
 * The first visit: choose a language, log in with a fresh code from the page's server, read
 * the information letter and confirm it. The confirm button is found by the locale's own text.
 */
export async function startMapping(page: Page, language: { endonym: string; confirm: string } = norwegian): Promise<Participant> {
  const participant = await chooseLanguage(page, language.endonym);
  await page.getByRole('button', { name: language.confirm, exact: true }).click();
  // The confirmation is on the device (not only on screen) before the caller goes on.
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const open = indexedDB.open('kompass');
        open.onsuccess = () => {
          const drafts = open.result.transaction('drafts').objectStore('drafts').getAll();
          drafts.onsuccess = () => {
            open.result.close();
            // The confirmation is the draft's first save (its answers are sealed, so the revision tells).
            resolve((drafts.result as { revision: number }[]).some((draft) => draft.revision > 0));
          };
        };
        open.onerror = () => resolve(false);
      }),
  );
  return participant;
}

export const norwegian = { endonym: 'Norsk bokmål', confirm: 'Jeg har lest eller hørt informasjonen' };

/** Answers the three "about you" questions, one screen each, in Norwegian. */
export async function fillAboutYou(page: Page, answers: { citizenship: string; gender: string; birthYear: string }) {
  await page.getByRole('searchbox', { name: 'Søk', exact: true }).fill(answers.citizenship.slice(0, 4));
  await page.getByRole('radio', { name: answers.citizenship, exact: true }).check();
  await page.getByTestId('next').click();
  await page.getByRole('radio', { name: answers.gender, exact: true }).check();
  await page.getByTestId('next').click();
  await page.getByLabel('Fødselsår', { exact: true }).pressSequentially(answers.birthYear);
}

/** The content of this browser's current draft, read straight from its IndexedDB. */
export async function storedDraftContent(page: Page): Promise<Record<string, unknown> & { aboutYou: unknown }> {
  await page.evaluate(installSealing);
  return page.evaluate(async () => {
    const rig = (window as unknown as { kompassRig: Rig }).kompassRig;
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('kompass'));
    const transaction = db.transaction(['settings', 'drafts', 'unlocked']);
    const setting = (await done(transaction.objectStore('settings').get('currentMappingId'))) as { value: string };
    const draft = (await done(transaction.objectStore('drafts').get(setting.value))) as {
      id: string;
      content?: Record<string, unknown> & { aboutYou: unknown };
      sealed?: { iv: string; data: string };
      owner?: { loginId?: string };
    };
    const unlocked = draft.sealed && ((await done(transaction.objectStore('unlocked').get(draft.owner!.loginId!))) as { key: CryptoKey });
    db.close();
    // A participant's answers are sealed at rest: opened here with their key, as the app opens them.
    return unlocked ? ((await rig.unseal(unlocked.key, draft.sealed!, draft.id)) as Record<string, unknown> & { aboutYou: unknown }) : draft.content!;
  });
}
