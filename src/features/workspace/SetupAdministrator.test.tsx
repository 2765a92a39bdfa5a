import { screen, waitFor, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../offline/test-database';
import { setupTokenIfNeeded } from '../../../server/services/staff';
import { startTestServer } from '../../../tests/api/support/test-server';
import { fetchThrough } from '../../../tests/setup/fetch-through';
import { renderWorkspace } from './account-test-support';

// A database of its own, whatever DATABASE_URL says: the setup link exists only while no administrator does.
let server: Awaited<ReturnType<typeof startTestServer>>;
const originalFetch = globalThis.fetch;

beforeAll(async () => {
  server = await startTestServer({ empty: true });
  globalThis.fetch = fetchThrough(server.app);
});

afterAll(async () => {
  globalThis.fetch = originalFetch;
  window.location.hash = '';
  await server.close();
});

describe('the first administrator', () => {
  it('is created with the one-time setup link, which then lands on the administrator’s screen', async () => {
    const token = (await setupTokenIfNeeded(server.database.db, new Date()))!;
    const db = openTestDatabase();
    const { user } = renderWorkspace(db, `#setup=${token}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Opprett den første administratoren' })).toHaveFocus();

    await user.type(screen.getByLabelText('Navn'), 'Ada Admin');
    await user.type(screen.getByLabelText('E-postadresse'), 'ada@fylke.example');
    await user.type(screen.getByLabelText('Velg passord'), 'kort');
    await user.click(screen.getByRole('button', { name: 'Opprett administrator' }));
    expect(screen.getByLabelText('Velg passord')).toHaveAccessibleDescription(/Passordet må ha minst 12 tegn/);

    await user.type(screen.getByLabelText('Velg passord'), ' men nå langt nok');
    await user.type(screen.getByLabelText('Skriv passordet en gang til'), 'kort men nå langt nok!');
    await user.click(screen.getByRole('button', { name: 'Opprett administrator' }));
    expect(screen.getByLabelText('Skriv passordet en gang til')).toHaveAccessibleDescription('Passordene er ikke like.');

    await user.type(screen.getByLabelText('Skriv passordet en gang til'), '{Backspace}');
    await user.click(screen.getByRole('button', { name: 'Opprett administrator' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ansatte' })).toBeInTheDocument();
    expect(window.location.hash).toBe('#staff');
    const list = await screen.findByRole('list');
    expect(within(list).getByText('Ada Admin')).toBeInTheDocument();
    expect(within(list).getByText(/^Aktiv siden/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'Ansatte' })).toHaveFocus());
  });

  it('says so when the setup link is used already', async () => {
    const token = 'used-or-unknown-setup-link-secret';
    const { user } = renderWorkspace(openTestDatabase(), `#setup=${token}`);
    await user.type(await screen.findByLabelText('Navn'), 'Eve');
    await user.type(screen.getByLabelText('E-postadresse'), 'eve@fylke.example');
    await user.type(screen.getByLabelText('Velg passord'), 'a long enough passphrase');
    await user.type(screen.getByLabelText('Skriv passordet en gang til'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Opprett administrator' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Denne lenken er brukt, utløpt eller ukjent.');
  });
});
