import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillAboutYou, logInWithCode, norwegian, phone, storedDraftContent, waitForOfflineReady } from './support/pages';
import { mappingOnServer } from './support/kompass-server';
import { codeForPage, staffOf } from './support/workspace';
import { startRig, type Rig } from './support/rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(() => rig?.close());

/** Everything this origin keeps in IndexedDB and localStorage, as text, exactly as stored. */
async function everythingStored(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const db = await done(indexedDB.open('kompass'));
    const stores = [...db.objectStoreNames];
    const transaction = db.transaction(stores);
    const rows = await Promise.all(stores.map((store) => done(transaction.objectStore(store).getAll())));
    db.close();
    return JSON.stringify({ rows, localStorage: { ...localStorage } });
  });
}

const codeScreen = (page: Page) => page.locator('#login-code');

describe('a tablet shared by several people', () => {
  it("keeps each person's answers sealed with their code, locks when left alone, and wipes them once the server has them", async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await page.getByRole('button', { name: norwegian.endonym, exact: true }).click();
    const amina = await codeForPage(rig.server.url);
    await context.setOffline(true);
    await logInWithCode(page, amina.code);
    await page.getByRole('button', { name: norwegian.confirm, exact: true }).click();
    await fillAboutYou(page, { citizenship: 'Eritrea', gender: 'Kvinne', birthYear: '1991' });
    await expect.poll(async () => (await storedDraftContent(page)).aboutYou, { timeout: 20_000 }).toEqual({ citizenship: 'ER', gender: 'female', birthYear: 1991 });

    // At rest there is nothing of her answers or her code in the clear.
    const atRest = await everythingStored(page);
    // (Which question is on screen is kept in the clear; no answer is.)
    expect(atRest).not.toContain('citizenship');
    expect(atRest).not.toContain('"ER"');
    expect(atRest).not.toContain('1991');
    expect(atRest).not.toContain(amina.code.replace(/-/g, ''));

    // Left alone past ten minutes, the tablet locks: back to the code screen, nothing of hers shown.
    await page.clock.fastForward('11:00');
    await codeScreen(page).waitFor({ timeout: 20_000 });
    expect(await page.getByText('Eritrea').count()).toBe(0);

    // The next person gets a mapping of their own, empty.
    const next = await codeForPage(rig.server.url);
    await logInWithCode(page, next.code);
    await page.getByRole('button', { name: norwegian.confirm, exact: true }).click();
    expect(await page.getByRole('radio', { name: 'Eritrea', checked: true }).count()).toBe(0);
    expect((await storedDraftContent(page)).aboutYou).toEqual({ citizenship: null, gender: null, birthYear: null });
    await page.clock.fastForward('11:00');
    await codeScreen(page).waitFor({ timeout: 20_000 });

    // Amina comes back with her code: her answers are there again.
    await logInWithCode(page, amina.code);
    await expect.poll(async () => (await storedDraftContent(page)).aboutYou, { timeout: 20_000 }).toEqual({ citizenship: 'ER', gender: 'female', birthYear: 1991 });

    // Online again: her answers reach the server; she passes the tablet on, and her copy leaves it.
    await context.setOffline(false);
    const guide = (await staffOf(rig.server)).guide;
    await expect.poll(async () => (await mappingOnServer(rig.server.url, amina.mappingId, guide))?.content.aboutYou, { timeout: 30_000 }).toEqual({
      citizenship: 'ER',
      gender: 'female',
      birthYear: 1991,
    });
    await page.clock.fastForward('11:00');
    await codeScreen(page).waitFor({ timeout: 20_000 });
    await expect.poll(async () => (await mappingOnServer(rig.server.url, next.mappingId, guide))?.revision ?? 0, { timeout: 30_000 }).toBeGreaterThan(0);
    await expect
      .poll(async () => page.evaluate(async () => {
        const open = indexedDB.open('kompass');
        const db = await new Promise<IDBDatabase>((resolve) => (open.onsuccess = () => resolve(open.result)));
        const count = await new Promise<number>((resolve) => {
          const request = db.transaction('drafts').objectStore('drafts').count();
          request.onsuccess = () => resolve(request.result);
        });
        db.close();
        return count;
      }), { timeout: 30_000 })
      .toBe(0);
    await context.close();
  });
});
