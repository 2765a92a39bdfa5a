import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../offline/test-database';
import { keepStaffSession } from '../../offline/staff-session';
import { newEmail } from '../../../tests/api/support/workspace';
import { renderWorkspace } from './account-test-support';
import { loggedIn, withRealServer } from './records-test-support';

const server = withRealServer();

afterEach(() => {
  window.location.hash = '';
});

describe('inviting staff', () => {
  it('shows the invitation link once; opened, it lets the guide choose a password and land on the guide’s home', async () => {
    const db = openTestDatabase();
    const administrator = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, administrator);
    const { user } = renderWorkspace(db, '#staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansatte' })).toBeInTheDocument();

    const email = newEmail('guide');
    await user.type(screen.getByLabelText('Navn'), 'Gunn Guide');
    await user.type(screen.getByLabelText('E-postadresse'), email);
    expect(screen.getByRole('radio', { name: 'Veileder' })).toBeChecked();
    await user.type(screen.getByLabelText('Kommunenummer'), '9999');
    await user.click(screen.getByRole('button', { name: 'Lag invitasjon' }));
    const municipality = screen.getByLabelText('Kommunenummer');
    expect(municipality).toHaveAccessibleDescription(/Skriv et kommunenummer som finnes/);
    expect(municipality).toHaveFocus();

    await user.clear(municipality);
    await user.type(municipality, '4601');
    await user.click(screen.getByRole('button', { name: 'Lag invitasjon' }));
    expect(await screen.findByRole('heading', { name: 'Invitasjonen til Gunn Guide er klar' })).toHaveFocus();
    const link = screen.getByLabelText<HTMLInputElement>('Invitasjonslenke');
    expect(link.value).toBe(`${window.location.origin}${window.location.pathname}${link.value.slice(link.value.indexOf('#'))}`);
    expect(link.value).toMatch(/#invite=[\w-]{20,}$/);
    expect(link).toHaveAccessibleDescription(/Lenken virker til .*Lenken vises bare nå\. Gi den til Gunn Guide på en trygg måte/);
    await user.click(screen.getByRole('button', { name: 'Kopier lenken' }));
    expect(await screen.findByText('Lenken er kopiert.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link.value);
    const staff = screen.getByRole('list');
    expect(await within(staff).findByText('Gunn Guide')).toBeInTheDocument();
    expect(within(staff).getByText('Invitert, ikke aktivert')).toBeInTheDocument();

    window.location.hash = new URL(link.value).hash;
    expect(await screen.findByRole('heading', { level: 1, name: 'Ta i bruk kontoen din' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Velg passord'), 'a long enough passphrase');
    await user.type(screen.getByLabelText('Skriv passordet en gang til'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Lagre passordet og logg inn' }));
    expect(await screen.findByText('Veileder, Kommune 4601')).toBeInTheDocument();
    expect(screen.getByText('Gunn Guide')).toBeInTheDocument();
    expect(window.location.hash).toBe('#staff');
    expect((await db.settings.get('staffSession'))?.value).toContain(email);
  });

  it('says on the e-mail field when the address has an account, and asks an advisor’s county', async () => {
    const db = openTestDatabase();
    const administrator = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, administrator);
    const { user } = renderWorkspace(db, '#staff');
    await user.type(await screen.findByLabelText('Navn'), 'Kim Karriere');
    await user.type(screen.getByLabelText('E-postadresse'), administrator.staff.email);
    await user.click(screen.getByRole('radio', { name: 'Karriereveileder' }));
    await user.click(screen.getByRole('button', { name: 'Lag invitasjon' }));
    expect(screen.getByLabelText('Fylke')).toHaveAccessibleDescription('Velg fylket karriereveilederen jobber i.');

    await user.selectOptions(screen.getByLabelText('Fylke'), 'Vestland');
    await user.click(screen.getByRole('button', { name: 'Lag invitasjon' }));
    expect(await screen.findByText('Denne e-postadressen har allerede en konto.')).toBeInTheDocument();
    expect(screen.getByLabelText('E-postadresse')).toHaveFocus();
    expect(screen.queryByLabelText('Invitasjonslenke')).not.toBeInTheDocument();
  });
});
