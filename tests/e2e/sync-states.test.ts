import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, fitsWidth } from './support/accessibility';
import { chooseLanguage, currentDraftId, fillAboutYou, logInWithCode, phone, startMapping, storedDraftContent, waitForOfflineReady } from './support/pages';
import { mappingOnServer } from './support/kompass-server';
import { replaceLoginCode, staffOf } from './support/workspace';
import { startRig, type Rig } from './support/rig';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(() => rig?.close());

const saveStatus = (page: Page) => page.getByTestId('save-status').textContent();

const storedOnServer = async (id: string) => mappingOnServer(rig.server.url, id, (await staffOf(rig.server)).guide);

/** The sync API answers with `status` (and the server's error body) until `restore` is called. */
async function apiAnswering(context: BrowserContext, status: number, message: string) {
  const route = '**/api/mappings/**';
  await context.route(route, (request) =>
    request.fulfill({ status, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invalid_request', message, fields: [] } }) }),
  );
  return { restore: () => context.unroute(route) };
}

describe('what a person and a guide see of sync', () => {
  it('takes a draft the server refuses out of the queue, says so with the reason, and saves it as a file', async () => {
    const context = await rig.browser.newContext({ ...phone, acceptDownloads: true });
    const page = await context.newPage();
    const api = await apiAnswering(context, 422, 'Refused for this test');
    await page.goto(rig.server.url);
    await startMapping(page);
    await fillAboutYou(page, { citizenship: 'Somalia', gender: 'Mann', birthYear: '1988' });
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Må sjekkes/);
    await expect.poll(() => page.getByText('Grunn (for veilederen): \u2068Refused for this test\u2069').isVisible()).toBe(true);
    expect(await axeViolations(page, 'needs attention')).toEqual([]);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Lagre en kopi som fil' }).click();
    const file = JSON.parse(readFileSync((await (await downloading).path())!, 'utf8'));
    expect(file).toMatchObject({ format: 'kompass-draft', draft: { id: await currentDraftId(page), content: { aboutYou: { citizenship: 'SO', gender: 'male', birthYear: 1988 } } }, problem: { status: 422, message: 'Refused for this test' } });

    // The guide's overview shows it too; the next change gives it a new chance.
    await page.getByRole('link', { name: 'Denne enheten (for veileder)' }).click();
    await expect.poll(() => page.getByTestId('device-drafts').getByText('Grunn (for veilederen): \u2068Refused for this test\u2069').isVisible()).toBe(true);
    expect(await axeViolations(page, 'device overview')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);
    await page.getByRole('button', { name: 'Tilbake' }).click();
    await api.restore();
    await page.getByLabel('Fødselsår', { exact: true }).fill('1989');
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Sendt kl\./);
    expect((await storedOnServer(await currentDraftId(page)))?.content.aboutYou).toEqual({ citizenship: 'SO', gender: 'male', birthYear: 1989 });
    await context.close();
  });

  it('asks for the code again when the guide has replaced it, keeps every answer, and sends once the new code is typed', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    const participant = await startMapping(page);
    await fillAboutYou(page, { citizenship: 'Syria', gender: 'Kvinne', birthYear: '1975' });
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Sendt kl\./);

    // The guide makes a new code (say the old one was overheard): this device's session ends.
    const newCode = await replaceLoginCode(rig.server.url, (await staffOf(rig.server)).guide, participant.personId);
    await page.getByLabel('Fødselsår', { exact: true }).fill('1976');
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Koden virket ikke/);
    expect((await storedDraftContent(page)).aboutYou).toEqual({ citizenship: 'SY', gender: 'female', birthYear: 1976 });

    await page.getByRole('button', { name: 'Skriv inn koden' }).click();
    // A slip of the finger is caught on the device, before anything is sent.
    const slip = `${newCode[0] === '7' ? '8' : '7'}${newCode.slice(1)}`;
    await logInWithCode(page, slip);
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Ett av tegnene ser feil ut. Sjekk koden og prøv igjen.');
    expect(await axeViolations(page, 'login code with a typo')).toEqual([]);
    await logInWithCode(page, newCode);
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Sendt kl\./);
    expect((await storedOnServer(participant.mappingId))?.content.aboutYou).toEqual({ citizenship: 'SY', gender: 'female', birthYear: 1976 });
    await context.close();
  });

  it('shows in one tab what another tab of the same device answered, and keeps both tabs’ answers', async () => {
    const context = await rig.browser.newContext(phone);
    const first = await context.newPage();
    await first.goto(rig.server.url);
    await startMapping(first);
    const second = await context.newPage();
    await second.goto(rig.server.url);
    await expect.poll(() => second.getByRole('heading', { name: 'Statsborgerskap' }).isVisible(), { timeout: 15_000 }).toBe(true);

    await first.getByRole('searchbox', { name: 'Søk', exact: true }).fill('Eritr');
    await first.getByRole('radio', { name: 'Eritrea', exact: true }).check();
    await expect.poll(() => second.getByText('Valgt: Eritrea').isVisible(), { timeout: 10_000 }).toBe(true);

    await second.getByTestId('next').click();
    await second.getByRole('radio', { name: 'Annet', exact: true }).check();
    await first.getByTestId('next').click();
    await expect.poll(() => first.getByRole('radio', { name: 'Annet', exact: true }).isChecked(), { timeout: 10_000 }).toBe(true);
    await first.getByTestId('next').click();
    await first.getByLabel('Fødselsår', { exact: true }).pressSequentially('2003');
    await expect.poll(async () => (await storedDraftContent(second)).aboutYou).toEqual({ citizenship: 'ER', gender: 'other', birthYear: 2003 });
    await context.close();
  });

  it('keeps answers in memory, says so and asks before leaving, when the browser gives no storage', async () => {
    const context = await rig.browser.newContext(phone);
    // As in a private window of a browser that refuses IndexedDB there.
    await context.addInitScript({ content: 'Object.defineProperty(window, "indexedDB", { value: undefined });' });
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await expect.poll(() => page.getByTestId('memory-only').isVisible()).toBe(true);
    await chooseLanguage(page, 'Norsk bokmål');
    await page.getByRole('button', { name: 'Jeg har lest eller hørt informasjonen', exact: true }).click();
    await fillAboutYou(page, { citizenship: 'Ukraina', gender: 'Kvinne', birthYear: '1999' });
    await expect.poll(() => saveStatus(page), { timeout: 20_000 }).toMatch(/^Sendt kl\./);

    await page.getByRole('link', { name: 'Denne enheten (for veileder)' }).click();
    await expect.poll(() => page.getByTestId('device-storage').textContent()).toMatch(/^Lagring: bare i minnet/);
    const id = await page.getByTestId('device-drafts').locator('li').first().getAttribute('data-draft-id');
    expect((await storedOnServer(id!))?.content.aboutYou).toEqual({ citizenship: 'UA', gender: 'female', birthYear: 1999 });

    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
    await context.close().catch(() => undefined);
  });

  it('lets the service worker send what is queued when the connection returns with no Kompass page open', async () => {
    const context = await rig.browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await context.setOffline(true);
    const { mappingId: id } = await startMapping(page);
    await fillAboutYou(page, { citizenship: 'Afghanistan', gender: 'Mann', birthYear: '1969' });
    await page.waitForTimeout(1_500);

    // Every Kompass page gone; a blank page stays only to reach the browser's DevTools protocol.
    await page.goto('about:blank');
    await context.setOffline(false);
    expect(await storedOnServer(id)).toBeNull();
    const cdp = await context.newCDPSession(page);
    const registration = new Promise<string>((resolve) =>
      cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((candidate) => candidate.scopeURL.startsWith(rig.server.url) && !candidate.isDeleted);
        if (ours) resolve(ours.registrationId);
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.dispatchSyncEvent', { origin: new URL(rig.server.url).origin, registrationId: await registration, tag: 'kompass-send-drafts', lastChance: false });
    await expect.poll(async () => (await storedOnServer(id))?.content.aboutYou, { timeout: 20_000 }).toEqual({ citizenship: 'AF', gender: 'male', birthYear: 1969 });
    await context.close();
  });
});
