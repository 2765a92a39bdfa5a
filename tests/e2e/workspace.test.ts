import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, fitsWidth, type AxeFinding } from './support/accessibility';
import { cspViolationsOf } from './support/csp';
import { mappingOnServer } from './support/kompass-server';
import { walkAboutYou, walkInterestsAndWishes, walkLists, norwegianWords } from './support/mapping-walk';
import { logInWithCode, phone, tablet, waitForOfflineReady } from './support/pages';
import { startRig, type Rig } from './support/rig';
import { newParticipant, password, staffOf } from './support/workspace';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

async function logInAsStaff(page: Page, email: string): Promise<void> {
  await page.goto(`${rig.server.url}/#staff`);
  await page.getByLabel('E-postadresse', { exact: true }).fill(email);
  await page.getByLabel('Passord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Logg inn', exact: true }).click();
}

const dufNumber = () => `2026${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;

describe('the staff workspace with a participant', () => {
  it('guide makes a code, the participant answers offline in Arabic, the guide quality-assures, the advisor writes a note, and the printed profile holds it all', async () => {
    const staff = await staffOf(rig.server);
    const findings: AxeFinding[] = [];

    // The guide registers the person on a tablet and reads the new code aloud.
    const guideContext = await rig.browser.newContext(tablet);
    // The built app under the server's strict content security policy, on every device here.
    const cspViolations = [await cspViolationsOf(guideContext)];
    const guide = await guideContext.newPage();
    await logInAsStaff(guide, staff.emails.guide);
    await guide.getByRole('heading', { name: 'Personer i kommune 4601' }).waitFor();
    const duf = dufNumber();
    await guide.getByLabel('DUF-nummer', { exact: true }).fill(`${duf.slice(0, 4)} ${duf.slice(4, 8)} ${duf.slice(8)}`);
    await guide.getByLabel('Navn', { exact: true }).fill('Hawa Ali');
    await guide.getByLabel('Bosettingsdato', { exact: true }).fill('2026-09-01');
    findings.push(...(await axeViolations(guide, 'guide home')));
    await guide.getByRole('button', { name: 'Registrer', exact: true }).click();
    await guide.getByRole('heading', { name: 'Hawa Ali' }).waitFor();
    await guide.getByRole('button', { name: 'Lag innloggingskode', exact: true }).click();
    const code = (await guide.getByTestId('login-code').textContent())!.replace(/\s/g, '');
    expect(code).toMatch(/^[0-9A-Z]{4}-?[0-9A-Z]{4}-?[0-9A-Z]{4}$/);
    findings.push(...(await axeViolations(guide, 'person page with code')));

    // The same DUF number again: the person is shown, never registered twice.
    await guide.goto(`${rig.server.url}/#staff`);
    await guide.getByLabel('DUF-nummer', { exact: true }).fill(duf);
    await guide.getByLabel('Navn', { exact: true }).fill('Hawa Ali');
    await guide.getByLabel('Bosettingsdato', { exact: true }).fill('2026-09-01');
    await guide.getByRole('button', { name: 'Registrer', exact: true }).click();
    await guide.getByText('Denne personen er allerede registrert, og har en kartlegging.').waitFor();

    // The participant, on a phone with no connection, logs in with the code and answers in Arabic.
    const phoneContext = await rig.browser.newContext(phone);
    cspViolations.push(await cspViolationsOf(phoneContext));
    const participant = await phoneContext.newPage();
    await participant.goto(rig.server.url);
    await waitForOfflineReady(participant);
    await phoneContext.setOffline(true);
    await participant.reload();
    await participant.getByRole('button', { name: 'العربية', exact: true }).click();
    await logInWithCode(participant, code.toLowerCase());
    await participant.locator('.letter .button-primary').click();
    const walk = { page: participant };
    await walkAboutYou(walk);
    await walkLists(walk, norwegianWords);
    await walkInterestsAndWishes(walk, { interests: 'كرة القدم', wishes: 'أريد أن أعمل ممرضة' });
    await participant.locator('.submit-area .button-primary').click();
    await participant.locator('.notice-actions .button-primary').click();
    await participant.locator('.receipt').waitFor();
    await phoneContext.setOffline(false);
    await expect.poll(() => participant.getByTestId('receipt-state').getAttribute('data-state'), { timeout: 20_000 }).toBe('sent');
    // A shared phone: the person passes it on, and the next one sees nothing of the answers.
    await participant.locator('.hand-over button').click();
    await participant.locator('.code-login').waitFor();
    expect(await participant.locator('main').textContent()).not.toContain('أريد أن أعمل ممرضة');

    // The guide reads the mapping, adds a remark to the work part, and quality-assures it.
    await guide.goto(`${rig.server.url}/#staff`);
    await guide.getByRole('link', { name: /Hawa Ali/ }).first().click();
    await guide.getByRole('button', { name: 'Marker som kvalitetssikret', exact: true }).waitFor();
    await guide.getByLabel('Ny merknad: Arbeid', { exact: true }).fill('Har også sydd klær hjemme i mange år.');
    await guide.getByRole('button', { name: 'Lagre merknad' }).nth(3).click();
    await guide.getByText('Har også sydd klær hjemme i mange år.').waitFor();
    await guide.getByRole('button', { name: 'Marker som kvalitetssikret', exact: true }).click();
    await guide.getByText(/^Kvalitetssikret av Kari Veileder/).waitFor();
    findings.push(...(await axeViolations(guide, 'person page quality-assured')));
    await guideContext.close();

    // The career advisor sees the person with the deadline and writes the note.
    const advisorContext = await rig.browser.newContext(tablet);
    cspViolations.push(await cspViolationsOf(advisorContext));
    const advisor = await advisorContext.newPage();
    await logInAsStaff(advisor, staff.emails.advisor);
    await advisor.getByRole('heading', { name: 'Nylig bosatte i Vestland' }).waitFor();
    await advisor.getByText('Frist 1. desember 2026').first().waitFor();
    findings.push(...(await axeViolations(advisor, 'advisor home')));
    await advisor.getByRole('link', { name: /Hawa Ali/ }).first().click();
    await advisor.getByLabel('Personens ønsker', { exact: true }).fill('Vil bli helsefagarbeider.');
    await advisor.getByLabel('Utdanning', { exact: true }).check();
    await advisor.getByLabel('Notat', { exact: true }).fill('Anbefaler helsefag på videregående, med norskopplæring.');
    await advisor.getByLabel('Karriereveiledning er gjennomført', { exact: true }).check();
    await advisor.getByRole('button', { name: 'Lagre notat', exact: true }).click();
    await advisor.getByText('Notatet er lagret.').waitFor();

    // The printable profile: Norwegian and Arabic side by side, with the remark and the note.
    await advisor.getByRole('link', { name: 'Utskrift / PDF' }).click();
    const columns = advisor.locator('.profile-column');
    await expect.poll(() => columns.count()).toBe(2);
    const norwegianColumn = advisor.locator('.profile-column[lang="nb"]');
    const arabicColumn = advisor.locator('.profile-column[lang="ar"]');
    await expect.poll(() => arabicColumn.getAttribute('dir')).toBe('rtl');
    for (const column of [norwegianColumn, arabicColumn]) {
      await expect.poll(() => column.textContent()).toContain('Har også sydd klær hjemme i mange år.');
      expect(await column.textContent()).toContain('أريد أن أعمل ممرضة');
    }
    const profile = (await advisor.locator('.printable-profile').textContent())!;
    expect(profile).toContain('Anbefaler helsefag på videregående, med norskopplæring.');
    expect(profile).toContain('Hawa Ali');
    expect(profile).toMatch(/Kvalitetssikret av Kari Veileder/);
    findings.push(...(await axeViolations(advisor, 'printable profile')));
    await advisor.emulateMedia({ media: 'print' });
    const pdf = await advisor.pdf({ format: 'A4', landscape: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await advisorContext.close();

    const onServer = await mappingOnServer(rig.server.url, (await guideMappingOf(duf))!, staff.guide);
    expect(onServer?.content.language).toBe('ar');
    expect(findings).toEqual([]);
    expect(cspViolations.flat()).toEqual([]);
  });
});

/** The server's id of the person's mapping, by DUF number, as the guide's list gives it. */
async function guideMappingOf(duf: string): Promise<string | undefined> {
  const { guide } = await staffOf(rig.server);
  const response = await fetch(`${rig.server.url}/api/persons?limit=200`, { headers: { authorization: `Bearer ${guide}` } });
  const { persons } = (await response.json()) as { persons: { dufNumber: string; mappingId: string }[] };
  return persons.find((person) => person.dufNumber === duf)?.mappingId;
}

describe('an assisted session on a tablet', () => {
  it('runs offline once the guide has opened the person, shows Norwegian beside the Arabic, records the interpreter and the remarks, and leaves nothing on screen', async () => {
    const staff = await staffOf(rig.server);
    const person = await newParticipant(rig.server.url, staff.guide, 'Yonas Tesfay');
    const context = await rig.browser.newContext(tablet);
    const page = await context.newPage();
    await page.goto(rig.server.url);
    await waitForOfflineReady(page);
    await logInAsStaff(page, staff.emails.guide);
    await page.getByRole('link', { name: /Yonas Tesfay/ }).first().click();
    await page.getByRole('button', { name: 'Start assistert økt', exact: true }).waitFor();

    // The connection goes; the guide starts the session anyway.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Start assistert økt', exact: true }).click();
    await page.getByRole('heading', { name: /Assistert økt: Kartlegging for Yonas Tesfay/ }).waitFor();
    await page.getByLabel('Språk').selectOption('ar');
    await page.locator('.letter .button-primary').click();
    // The question in Arabic, with the Norwegian beside it in its own direction.
    const title = page.locator('h2.question-title');
    await expect.poll(() => title.locator('.alongside[lang="nb"][dir="ltr"]').textContent()).toBe('Statsborgerskap');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await walkAboutYou({ page });
    await page.getByLabel('Tolk til stede', { exact: true }).check();
    await page.getByLabel('Merknad fra veileder til «Språk»', { exact: true }).fill('Tolk på tigrinja. Snakker også amharisk.');
    await page.getByRole('button', { name: 'Lagre merknad', exact: true }).click();
    await page.getByText('Merknaden er lagret og blir sendt.').waitFor();
    expect(await axeViolations(page, 'assisted session')).toEqual([]);
    expect(await fitsWidth(page)).toBe(true);

    await page.getByRole('button', { name: 'Avslutt økten', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, avslutt', exact: true }).click();
    await page.getByTestId('assisted-finished').waitFor();
    // Nothing of the person is left on the screen, and the participant's app starts afresh.
    expect(await page.locator('main').textContent()).not.toContain('Yonas');
    await page.goto(`${rig.server.url}/#`);
    await page.locator('.language-option').first().waitFor();

    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new CustomEvent('kompass:sync-now', { detail: { ignoringBackoff: true } })));
    const recordOf = async () =>
      (await (await fetch(`${rig.server.url}/api/persons/${person.personId}`, { headers: { authorization: `Bearer ${staff.guide}` } })).json()) as {
        remarks: { part: string; text: string }[];
        assistedSessions: { interpreterPresent: boolean; language: string }[];
      };
    await expect.poll(async () => (await recordOf()).assistedSessions, { timeout: 20_000 }).toEqual([expect.objectContaining({ interpreterPresent: true, language: 'ar' })]);
    expect((await recordOf()).remarks).toEqual([expect.objectContaining({ part: 'languages', text: 'Tolk på tigrinja. Snakker også amharisk.' })]);
    await expect.poll(async () => (await mappingOnServer(rig.server.url, person.mappingId, staff.guide))?.content.aboutYou.birthYear, { timeout: 20_000 }).toBe(1987);
    await context.close();
  });
});
