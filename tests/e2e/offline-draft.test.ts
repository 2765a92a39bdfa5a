import { emptyMappingContent } from '../../src/domain/mapping';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentDraftId, fillAboutYou, phone, startMapping, storedDraftContent, waitForOfflineReady } from './support/pages';
import { mappingOnServer } from './support/kompass-server';
import { newParticipant, staffOf } from './support/workspace';
import { startRig, type Rig } from './support/rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(() => rig?.close());

const storedMapping = async (id: string) => mappingOnServer(rig.server.url, id, (await staffOf(rig.server)).guide);

describe('a draft made offline', () => {
  it('survives reloads, new tabs and a closed tab offline, then reaches the server exactly once', async () => {
    const context = await rig.browser.newContext(phone);
    let page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);

    // No network from here on: the service worker must open the app, the language choice
    // and the information letter.
    await context.setOffline(true);
    await page.reload();
    const participant = await startMapping(page);
    await expect.poll(() => page.getByRole('heading', { name: 'Statsborgerskap' }).isVisible()).toBe(true);
    await fillAboutYou(page, { citizenship: 'Eritrea', gender: 'Kvinne', birthYear: '1994' });
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Lagret på denne enheten');
    // The promise: nothing that was on screen one second before a reload is lost.
    await page.waitForTimeout(1_000);

    await page.reload();
    await expect.poll(() => page.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1994');
    expect((await storedDraftContent(page)).aboutYou).toEqual({ citizenship: 'ER', gender: 'female', birthYear: 1994 });

    const secondTab = await context.newPage();
    await secondTab.goto(rig.server.url);
    await expect.poll(() => secondTab.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1994');
    await secondTab.close();

    // A closed tab: go back, change an answer, close the tab, open the app in a new one.
    await page.getByRole('button', { name: 'Tilbake', exact: true }).click();
    await page.getByLabel('Mann', { exact: true }).check();
    await page.waitForTimeout(1_000);
    await page.close();
    page = await context.newPage();
    await page.goto(rig.server.url);
    await expect.poll(() => page.getByLabel('Mann', { exact: true }).isChecked()).toBe(true);

    // Logged in offline: the device names the draft its own way until the server has said whose it is.
    const id = participant.mappingId;
    expect(await storedMapping(id)).toBeNull();

    // Back online: the draft goes by itself, and the person sees that it went.
    await context.setOffline(false);
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 20_000 }).toMatch(/^Sendt kl\./);

    const body = (await storedMapping(id))!;
    expect(body).not.toBeNull();
    expect(body.content.aboutYou).toEqual({ citizenship: 'ER', gender: 'male', birthYear: 1994 });
    expect(body.content.informationLetter).toMatchObject({ language: 'nb', version: 'imdi-2021.1' });
    const revisions = body.revisions.map((entry) => entry.revision);
    expect(new Set(revisions).size).toBe(revisions.length);
    expect(revisions.at(-1)).toBe(body.revision);
    await context.close();
  });

  it('is kept while the server is down, and sent when it is back', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await startMapping(page);
    await fillAboutYou(page, { citizenship: 'Somalia', gender: 'Mann', birthYear: '1988' });
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 20_000 }).toMatch(/^Sendt kl\./);

    await rig.server.kill();
    await page.getByLabel('Fødselsår', { exact: true }).fill('');
    await page.getByLabel('Fødselsår', { exact: true }).pressSequentially('1989');
    await expect.poll(() => page.getByTestId('save-status').textContent()).toBe('Lagret på denne enheten');
    await page.waitForTimeout(1_000);
    await page.reload();
    await expect.poll(() => page.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1989');

    await rig.restartServer();
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 45_000 }).toMatch(/^Sendt kl\./);
    const body = await storedMapping(await currentDraftId(page));
    expect(body?.content.aboutYou).toEqual({ citizenship: 'SO', gender: 'male', birthYear: 1989 });
    await context.close();
  });

  it('keeps a key typed the instant before the page is left', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await startMapping(page);
    await fillAboutYou(page, { citizenship: 'Sudan', gender: 'Mann', birthYear: '1' });
    // Each time: one more digit, and away at once (no wait), as when a phone closes the tab.
    for (const digit of ['9', '9', '0']) {
      await page.getByLabel('Fødselsår', { exact: true }).press('End');
      await page.getByLabel('Fødselsår', { exact: true }).press(digit);
      await page.goto('about:blank');
      await page.goto(rig.server.url);
    }
    await expect.poll(() => page.getByLabel('Fødselsår', { exact: true }).inputValue()).toBe('1990');
    expect((await storedDraftContent(page)).aboutYou).toEqual({ citizenship: 'SD', gender: 'male', birthYear: 1990 });
    await context.close();
  });

  it('sends many queued drafts in one batch request when the connection comes back', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await startMapping(page);
    await context.setOffline(true);
    // Twelve more drafts queued on this device, as a guide's tablet has after a day of assisted
    // sessions, written straight into its database with the guide's session.
    const staff = await staffOf(rig.server);
    const persons = await Promise.all(Array.from({ length: 12 }, () => newParticipant(rig.server.url, staff.guide)));
    const ids = persons.map((person) => person.mappingId);
    await page.evaluate(async ({ persons, guideSession, content }) => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const open = indexedDB.open('kompass');
        open.onsuccess = () => resolve(open.result);
      });
      await new Promise<void>((resolve) => {
        const write = db.transaction(['drafts', 'outbox', 'settings'], 'readwrite');
        write.objectStore('settings').put({ key: 'staffSession', value: JSON.stringify(guideSession) });
        for (const { personId, mappingId } of persons) {
          const at = new Date().toISOString();
          const owner = { kind: 'guide', personId, mappingId };
          write.objectStore('drafts').put({ id: mappingId, revision: 1, createdAt: at, updatedAt: at, content, sentRevision: null, sentAt: null, owner });
          write.objectStore('outbox').put({ mappingId, revision: 1, failedAttempts: 3, notBefore: Date.now() + 600_000, problem: null });
        }
        write.oncomplete = () => resolve();
      });
      db.close();
    }, { persons, guideSession: staff.guideSession, content: emptyMappingContent('nb') });
    const batches: string[] = [];
    page.on('request', (request) => request.url().endsWith('/api/mappings/batch') && batches.push(request.method()));

    await context.setOffline(false);
    for (const id of ids) {
      await expect.poll(async () => (await storedMapping(id)) !== null, { timeout: 20_000 }).toBe(true);
    }
    expect(batches.length).toBeGreaterThanOrEqual(1);
    expect(batches.length).toBeLessThanOrEqual(2);
    await context.close();
  });
});
