import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../offline/test-database';
import { keepStaffSession, staffIdleMs } from '../../offline/staff-session';
import { bearer } from '../../../tests/api/support/workspace';
import { activeAccount, renderWorkspace } from './account-test-support';
import { loggedIn, withRealServer } from './records-test-support';

const server = withRealServer();

afterEach(() => {
  window.location.hash = '';
});

describe('logging in', () => {
  it("shows the role's home after logging in, and says in Norwegian when the password is wrong", async () => {
    const account = await activeAccount(server(), 'Kari Veileder', { role: 'guide', municipality: '4601' });
    const { user } = renderWorkspace(openTestDatabase(), '#staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn for ansatte' })).toHaveFocus();

    await user.type(screen.getByLabelText('E-postadresse'), account.email);
    await user.type(screen.getByLabelText('Passord'), 'not the password at all');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Feil e-postadresse eller passord');

    await user.clear(screen.getByLabelText('Passord'));
    await user.type(screen.getByLabelText('Passord'), account.password);
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByText('Veileder, Kommune 4601')).toBeInTheDocument();
    expect(screen.getByText('Kari Veileder')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    expect(screen.queryByRole('heading', { name: 'Logg inn for ansatte' })).not.toBeInTheDocument();
  });

  it('says how long to wait once the account is locked after too many wrong passwords', async () => {
    const account = await activeAccount(server(), 'Kari Veileder', { role: 'guide', municipality: '4601' });
    for (let attempt = 0; attempt < 5; attempt++) {
      await server().app.inject({ method: 'POST', url: '/api/login/staff', payload: { email: account.email, password: 'a guess, not the password' } });
    }
    const { user } = renderWorkspace(openTestDatabase(), '#staff');
    await user.type(await screen.findByLabelText('E-postadresse'), account.email);
    await user.type(screen.getByLabelText('Passord'), account.password);
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('For mange forsøk. Vent 15 minutter og prøv igjen.');
    expect(screen.getByRole('heading', { level: 1, name: 'Logg inn for ansatte' })).toBeInTheDocument();
  });

  it('says what a field needs before anything is sent', async () => {
    const { user } = renderWorkspace(openTestDatabase(), '#staff');
    await user.type(await screen.findByLabelText('E-postadresse'), 'kari at kommune');
    await user.click(screen.getByRole('button', { name: 'Logg inn' }));
    const email = screen.getByLabelText('E-postadresse');
    expect(email).toHaveAccessibleDescription('Skriv en gyldig e-postadresse, for eksempel kari.nordmann@kommune.no.');
    expect(email).toHaveFocus();
    expect(screen.getByLabelText('Passord')).toHaveAccessibleDescription('Skriv passordet.');
  });
});

describe('the session on a shared device', () => {
  it('logging out forgets the session and removes the kept copy of what was read', async () => {
    const db = openTestDatabase();
    const session = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, session);
    const { user } = renderWorkspace(db, '#staff');
    expect(await screen.findByText('Test administrator')).toBeInTheDocument();
    await waitFor(async () => expect(await db.settings.get('workspaceCache')).toBeDefined());

    await user.click(screen.getByRole('button', { name: 'Logg ut' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn for ansatte' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(await db.settings.get('staffSession')).toBeUndefined();
    expect(await db.settings.get('workspaceCache')).toBeUndefined();
    const afterwards = await server().app.inject({ method: 'GET', url: '/api/staff', headers: bearer(session.token) });
    expect(afterwards.statusCode).toBe(401);
  });

  it('logs out a screen found left alone for 15 minutes before showing anything of it, and says why', async () => {
    const db = openTestDatabase();
    const session = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, session, new Date(Date.now() - staffIdleMs - 1000));
    await db.settings.put({ key: 'workspaceCache', value: '{"what":"was read before"}' });
    renderWorkspace(db, '#staff');
    expect(await screen.findByRole('alert')).toHaveTextContent('Du ble logget ut fordi skjermen ikke ble brukt på 15 minutter.');
    expect(screen.queryByText('Test administrator')).not.toBeInTheDocument();
    expect(await db.settings.get('staffSession')).toBeUndefined();
    expect(await db.settings.get('workspaceCache')).toBeUndefined();
    const afterwards = await server().app.inject({ method: 'GET', url: '/api/staff', headers: bearer(session.token) });
    expect(afterwards.statusCode).toBe(401);
  });

  it('returns to the log-in, saying why, when the server has ended the session', async () => {
    const db = openTestDatabase();
    const session = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, session);
    await server().app.inject({ method: 'POST', url: '/api/logout', headers: bearer(session.token) });
    renderWorkspace(db, '#staff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Logg inn for ansatte' })).toBeInTheDocument();
    // The log-in may show a moment before the reason does (the session is forgotten, then the screen says why).
    expect(await screen.findByRole('alert')).toHaveTextContent('Du er logget ut fordi økten er utløpt. Logg inn på nytt.');
    expect(await db.settings.get('staffSession')).toBeUndefined();
  });

  it('shows what was read before when the server cannot be reached', async () => {
    const db = openTestDatabase();
    const administrator = await loggedIn(server(), { role: 'administrator' });
    await keepStaffSession(db, administrator);
    const online = renderWorkspace(db, '#staff');
    // The e-mail address is only in the staff list (the bar shows the name).
    expect(await screen.findByText(administrator.staff.email)).toBeInTheDocument();
    // Kept on the device once the list has arrived (the cache is written a moment after each change).
    await waitFor(async () => expect((await db.settings.get('workspaceCache'))?.value).toContain('"status":"success"'), { timeout: 5_000 });
    online.unmount();

    const throughServer = globalThis.fetch;
    globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    try {
      renderWorkspace(db, '#staff');
      expect(await screen.findByText(administrator.staff.email)).toBeInTheDocument();
    } finally {
      globalThis.fetch = throughServer;
    }
  });
});
