import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, fitsWidth, type AxeFinding } from './support/accessibility';
import { logInWithCode, phone, tablet } from './support/pages';
import { startRig, type Rig } from './support/rig';
import { newParticipant, password, staffOf } from './support/workspace';

let rig: Rig;
beforeAll(async () => {
  rig = await startRig();
});
afterAll(async () => rig?.close());

describe("the person's rights", () => {
  it('the participant asks for a correction from the letter, the guide answers it, and the participant reads the answer', async () => {
    const staff = await staffOf(rig.server);
    const person = await newParticipant(rig.server.url, staff.guide, 'Fatima Noor');
    const findings: AxeFinding[] = [];

    // On a phone, the person logs in with the code and opens their rights from the information letter.
    const phoneContext = await rig.browser.newContext(phone);
    const participant = await phoneContext.newPage();
    await participant.goto(rig.server.url);
    await participant.getByRole('button', { name: 'Norsk bokmål', exact: true }).click();
    await logInWithCode(participant, person.code);
    await participant.getByRole('button', { name: 'Dine rettigheter', exact: true }).click();
    await participant.getByRole('heading', { name: 'Dine rettigheter', level: 2 }).waitFor();
    await participant.getByRole('button', { name: 'Vis opplysningene mine' }).click();
    await participant.getByTestId('person-data').getByText('Fatima Noor').waitFor();
    findings.push(...(await axeViolations(participant, 'rights screen with the data shown')));
    expect(await fitsWidth(participant)).toBe(true);

    await participant.getByRole('radio', { name: 'Rette noe som er feil' }).check();
    await participant.getByRole('textbox', { name: 'Skriv med dine egne ord' }).fill('Jeg har jobbet som sykepleier i 6 år, ikke 3.');
    await participant.getByRole('button', { name: 'Send', exact: true }).click();
    await participant.getByTestId('rights-requests').getByText('Venter på svar.').waitFor();
    findings.push(...(await axeViolations(participant, 'rights screen with a request sent')));

    // The phone's Back button leaves the rights screen for the letter.
    await participant.goBack();
    await participant.locator('.letter').waitFor();

    // The guide finds the request on the person's page and answers it.
    const guideContext = await rig.browser.newContext(tablet);
    const guide = await guideContext.newPage();
    await guide.goto(`${rig.server.url}/#staff`);
    await guide.getByLabel('E-postadresse', { exact: true }).fill(staff.emails.guide);
    await guide.getByLabel('Passord', { exact: true }).fill(password);
    await guide.getByRole('button', { name: 'Logg inn', exact: true }).click();
    await guide.getByRole('link', { name: /Fatima Noor/ }).first().click();
    const request = guide.getByTestId('privacy-request');
    await request.getByText('Jeg har jobbet som sykepleier i 6 år, ikke 3.').waitFor();
    await request.getByRole('radio', { name: 'Utført' }).check();
    await request.getByLabel('Forklaring til personen').fill('Vi har rettet det til 6 år.');
    await request.getByRole('button', { name: 'Send svar' }).click();
    await request.getByText(/^Besvart av Kari Veileder/).waitFor();
    findings.push(...(await axeViolations(guide, 'person page with an answered request')));
    await guideContext.close();

    // Back on the phone, the person opens their rights again and reads the answer.
    await participant.getByRole('button', { name: 'Dine rettigheter', exact: true }).click();
    const answered = participant.getByTestId('rights-requests').getByTestId('my-request');
    await answered.getByText('Ja. Det er gjort.').waitFor();
    expect(await answered.textContent()).toContain('Vi har rettet det til 6 år.');
    findings.push(...(await axeViolations(participant, 'rights screen with the answer')));
    await phoneContext.close();

    expect(findings).toEqual([]);
  });
});
