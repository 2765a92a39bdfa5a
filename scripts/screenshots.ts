// Screenshots of every screen, phone and tablet, in left-to-right and right-to-left
// languages, for a person to look at: npm run build && npm run screenshots → reports/screenshots/.
// LOCALES=nb,ar picks languages (default nb,ar,ckb,ti), LOCALES= none (only the staff
// workspace); DEVICES=phone picks devices; SCREENS=rights picks groups of screens (default
// participant,rights,workspace).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContextOptions, type Page } from 'playwright-core';
import { appLocales } from '../src/domain/app-locales';
import { chromiumArgs, chromiumPath } from '../tests/e2e/support/chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { walkAboutYou, walkInterestsAndWishes, walkLists, norwegianWords } from '../tests/e2e/support/mapping-walk';
import { chooseLanguage, logInWithCode, phone, tablet } from '../tests/e2e/support/pages';
import { codeForPage, newParticipant, password, staffOf } from '../tests/e2e/support/workspace';
import { emptyMappingContent } from '../src/domain/mapping';

const outDir = join(import.meta.dirname, '../reports/screenshots');
const locales = (process.env.LOCALES ?? 'nb,ar,ckb,ti').split(',').filter(Boolean);
const devices = (process.env.DEVICES ?? 'phone,tablet').split(',');
const screens = (process.env.SCREENS ?? 'participant,rights,workspace').split(',');
mkdirSync(outDir, { recursive: true });

async function shoot(page: Page, name: string): Promise<void> {
  const path = join(outDir, `${name}.png`);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path, fullPage: true });
  console.log(path);
}

/**
 * The screens of trouble: a browser that keeps nothing on the device (private window) and a
 * server that refuses the draft — the person's status line, then the guide's device overview.
 */
async function shootTroubles(device: string, options: BrowserContextOptions, locale: string, endonym: string): Promise<void> {
  const context = await browser.newContext(options);
  await context.addInitScript({ content: 'Object.defineProperty(window, "indexedDB", { value: undefined });' });
  await context.route('**/api/mappings/**', (request) =>
    request.fulfill({ status: 422, contentType: 'application/json', body: '{"error":{"code":"invalid_request","message":"content.aboutYou.birthYear: refused for this screenshot"}}' }),
  );
  const page = await context.newPage();
  await page.goto(server.url);
  await chooseLanguage(page, endonym);
  await page.locator('.letter .button-primary').click();
  await page.locator('.save-status[data-tone="alert"]').waitFor({ timeout: 20_000 });
  await shoot(page, `${device}-${locale}-needs-attention`);
  await page.locator('.app-footer a[href="#device"]').click();
  await page.locator('.device-draft[data-state="needs_attention"]').waitFor();
  await shoot(page, `${device}-${locale}-device-troubles`);
  await context.close();
}

async function api(path: string, token: string, body?: unknown): Promise<Response> {
  const response = await fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response;
}

/** The participant's session, as their phone gets it from the code. */
async function participantToken(code: string): Promise<string> {
  const response = await fetch(`${server.url}/api/login/code`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
  return ((await response.json()) as { token: string }).token;
}

/**
 * The participant's rights, opened from the letter: everything registered (answers, the guide's
 * remark, a request answered and one waiting, who has looked), the erasure's exception, and offline.
 */
async function shootRights(device: string, options: BrowserContextOptions, locale: string, endonym: string): Promise<void> {
  const staff = await staffOf(server);
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto(server.url);
  const person = await chooseLanguage(page, endonym);
  const content = { ...emptyMappingContent(locale as 'nb'), aboutYou: { citizenship: 'SY', gender: 'female', birthYear: 1987 }, wishes: { goal: 'work', areas: ['care'], text: 'Sykepleier' } };
  await fetch(`${server.url}/api/mappings/${person.mappingId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.guide}` },
    body: JSON.stringify({ revision: 1, baseRevision: null, content }),
  });
  await api(`/api/persons/${person.personId}/remarks`, staff.guide, { part: 'wishes', text: 'Har jobbet som hjelpepleier i Syria.' });
  const token = await participantToken(person.code);
  const correction = (await (await api('/api/me/privacy-requests', token, { kind: 'correction', message: 'Jeg er født i 1987.' })).json()) as { id: string };
  await api(`/api/persons/${person.personId}/privacy-requests/${correction.id}/answer`, staff.guide, { outcome: 'done', explanation: 'Fødselsåret er rettet.' });
  await api('/api/me/privacy-requests', token, { kind: 'restriction', message: '' });

  await page.locator('.letter section > button').click();
  await page.locator('.rights .rights-actions button').first().click();
  await page.getByTestId('person-data').waitFor();
  await page.locator('[data-testid="rights-requests"] [data-testid="my-request"]').nth(1).waitFor();
  await page.locator('.rights-access-entry').first().waitFor();
  await shoot(page, `${device}-${locale}-rights`);
  await page.locator('.rights-request-form input[type="radio"]').nth(1).check();
  await page.evaluate(() => document.fonts.ready);
  await page.locator('.rights-request-form').screenshot({ path: join(outDir, `${device}-${locale}-rights-erasure.png`) });
  console.log(join(outDir, `${device}-${locale}-rights-erasure.png`));
  await context.setOffline(true);
  await page.locator('.rights-offline').first().waitFor();
  await shoot(page, `${device}-${locale}-rights-offline`);
  await context.close();
}

/** The staff workspace on a tablet or phone: administration, the guide's screens, the advisor's, the profile and an assisted session. */
async function shootWorkspace(device: string, options: BrowserContextOptions): Promise<void> {
  const staff = await staffOf(server);
  const person = await newParticipant(server.url, staff.guide, 'Hawa Ali');
  const content = {
    ...emptyMappingContent('ar'),
    aboutYou: { citizenship: 'SY', gender: 'female', birthYear: 1987 },
    wishes: { goal: 'work', areas: ['care'], text: 'أريد أن أعمل ممرضة' },
    submittedAt: new Date().toISOString(),
  };
  const stored = await fetch(`${server.url}/api/mappings/${person.mappingId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.guide}` },
    body: JSON.stringify({ revision: 1, baseRevision: null, content }),
  });
  if (!stored.ok) throw new Error(`storing the mapping failed: ${await stored.text()}`);
  // The person asked to be erased (the guide's privacy section shows it, with its answer form).
  await api('/api/me/privacy-requests', await participantToken(person.code), { kind: 'erasure', message: 'Jeg vil at alt om meg blir slettet.' });
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const logIn = async (email: string) => {
    await page.goto(`${server.url}/#staff`);
    await page.getByLabel('E-postadresse', { exact: true }).fill(email);
    await page.getByLabel('Passord', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
    // Logged in (the log-in screen has an h1 too): going elsewhere sooner would drop the log-in's answer.
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  };
  await page.goto(`${server.url}/#staff`);
  await page.getByLabel('E-postadresse', { exact: true }).waitFor();
  await shoot(page, `${device}-staff-login`);
  await logIn(staff.emails.administrator);
  await page.getByText('Kari Veileder').first().waitFor();
  await shoot(page, `${device}-admin`);
  await page.getByRole('button', { name: 'Logg ut' }).click();

  await logIn(staff.emails.guide);
  await page.locator('.records a, main a').first().waitFor();
  await shoot(page, `${device}-guide-home`);
  await page.goto(`${server.url}/#staff/person/${person.personId}`);
  await page.getByRole('button', { name: 'Marker som kvalitetssikret' }).waitFor();
  await page.getByRole('button', { name: /Lag ny innloggingskode|Lag innloggingskode/ }).click();
  await page.getByRole('button', { name: /Ja, lag ny kode/ }).click().catch(() => undefined);
  await page.getByTestId('login-code').waitFor();
  await page.getByLabel('Ny merknad: Arbeid', { exact: true }).fill('Har sydd klær hjemme i mange år.');
  await page.getByRole('button', { name: 'Lagre merknad' }).nth(3).click();
  await page.getByText('Har sydd klær hjemme i mange år.').waitFor();
  await page.getByRole('button', { name: 'Marker som kvalitetssikret' }).click();
  await page.getByText(/^Kvalitetssikret av/).waitFor();
  await shoot(page, `${device}-guide-person`);
  const request = page.getByTestId('privacy-request');
  await request.getByRole('radio', { name: 'Utført' }).check();
  await request.getByRole('button', { name: 'Send svar' }).click();
  await request.screenshot({ path: join(outDir, `${device}-guide-erasure-confirm.png`) });
  console.log(join(outDir, `${device}-guide-erasure-confirm.png`));
  await request.getByRole('button', { name: 'Avbryt' }).click();
  await page.goto(`${server.url}/#staff/person/${person.personId}/data`);
  await page.getByTestId('person-data').waitFor();
  await shoot(page, `${device}-guide-person-data`);
  await page.goto(`${server.url}/#staff/person/${person.personId}`);
  await page.getByRole('link', { name: 'Utskrift / PDF' }).click();
  await page.locator('.profile-column[lang="ar"]').waitFor();
  await page.waitForTimeout(500);
  await shoot(page, `${device}-profile`);
  await page.goto(`${server.url}/#staff/person/${person.personId}`);
  await page.getByRole('button', { name: 'Start assistert økt' }).click();
  await page.locator('.letter .button-primary, h2.question-title').first().waitFor();
  await page.waitForTimeout(500);
  await shoot(page, `${device}-assisted-ar`);
  await page.getByRole('button', { name: 'Avslutt økten' }).click();
  await page.getByRole('button', { name: 'Ja, avslutt' }).click();
  await page.getByTestId('assisted-finished').waitFor();
  await shoot(page, `${device}-assisted-finished`);
  await page.goto(`${server.url}/#staff`);
  await page.getByRole('button', { name: 'Logg ut' }).click();

  await logIn(staff.emails.advisor);
  await page.getByText('Hawa Ali').first().waitFor();
  await shoot(page, `${device}-advisor-home`);
  await page.goto(`${server.url}/#staff/person/${person.personId}`);
  await page.getByLabel('Personens ønsker', { exact: true }).waitFor();
  await shoot(page, `${device}-advisor-person`);
  await context.close();
}

const dataDir = mkdtempSync(join(tmpdir(), 'kompass-shots-'));
const server = await startKompassServer({ port: await freePort(), dataDir });
await staffOf(server);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  for (const [device, options] of [['phone', phone], ['tablet', tablet]] as const) {
    if (!devices.includes(device)) continue;
    for (const locale of locales) {
      const endonym = appLocales.find((option) => option.code === locale)!.endonym;
      if (screens.includes('rights')) await shootRights(device, options, locale, endonym);
      if (!screens.includes('participant')) continue;
      const context = await browser.newContext(options);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.locator('.language-option').first().waitFor();
      if (locale === locales[0]) await shoot(page, `${device}-language-choice`);
      await page.getByRole('button', { name: endonym, exact: true }).click();
      await page.locator('.code-login').waitFor();
      await shoot(page, `${device}-${locale}-login-code`);
      await logInWithCode(page, (await codeForPage(server.url)).code);
      await page.locator('.letter').waitFor();
      await page.waitForTimeout(300);
      await shoot(page, `${device}-${locale}-letter`);
      await page.locator('.letter .button-primary').click();
      const walk = { page, onScreen: (name: string) => shoot(page, `${device}-${locale}-${name}`) };
      await walkAboutYou(walk, '1850');
      // The birth year is refused, so the question stays; this shows its error, then corrects it.
      await shoot(page, `${device}-${locale}-birth-year-error`);
      await page.locator('.number-input').fill('1987');
      await page.getByTestId('next').click();
      await walkLists(walk, norwegianWords);
      await walkInterestsAndWishes(walk, norwegianWords);
      await page.locator('.submit-area .button-primary').click();
      await shoot(page, `${device}-${locale}-submit-confirm`);
      await page.locator('.submit-area .button-primary').click();
      await page.locator('.receipt').waitFor();
      await shoot(page, `${device}-${locale}-receipt`);
      await page.locator('.app-footer a[href="#device"]').click();
      await page.locator('.device-draft').first().waitFor();
      await shoot(page, `${device}-${locale}-device`);
      await context.close();
      await shootTroubles(device, options, locale, endonym);
    }
    if (screens.includes('workspace')) await shootWorkspace(device, options);
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
