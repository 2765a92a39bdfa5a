import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { erasePerson } from '../../../server/services/retention';
import { formatDufNumber } from '../../domain/duf-number';
import { keepStaffSession } from '../../offline/staff-session';
import { openTestDatabase } from '../../offline/test-database';
import { bearer, registerPerson, staffSession } from '../../../tests/api/support/workspace';
import { renderWorkspace } from './account-test-support';
import { loggedIn, withRealServer } from './records-test-support';

const server = withRealServer();

afterEach(() => {
  window.location.hash = '';
});

/** The results table's rows, as the cells' text. */
const resultRows = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent));

describe("the administrator's audit log", () => {
  it("is reached from the administrator's home, and finds who opened a person by the person's DUF number", async () => {
    const guide = await staffSession(server(), { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server(), guide.token);
    await server().app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: { ...bearer(guide.token), 'kompass-purpose': 'print' } });
    const db = openTestDatabase();
    await keepStaffSession(db, await loggedIn(server(), { role: 'administrator' }));
    const { user } = renderWorkspace(db, '#staff');

    await user.click(await screen.findByRole('link', { name: 'Tilgangslogg' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tilgangslogg' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('DUF-nummer'), '2024 12');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    expect(screen.getByLabelText('DUF-nummer')).toHaveAccessibleDescription(/Et DUF-nummer har 12 sifre/);
    expect(screen.getByLabelText('DUF-nummer')).toHaveFocus();

    await user.clear(screen.getByLabelText('DUF-nummer'));
    await user.type(screen.getByLabelText('DUF-nummer'), formatDufNumber(person.dufNumber));
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByRole('table');
    const duf = formatDufNumber(person.dufNumber);
    expect(resultRows()).toEqual([
      ['Test guide', 'Veileder', 'Kommune 4601', 'Åpnet personen', 'Tillatt', 'Utskrift', duf],
      ['Test guide', 'Veileder', 'Kommune 4601', 'Registrerte personen', 'Tillatt', '', duf],
    ]);
  });

  it("shows an erased person's events as '(slettet)', found by the member of staff, and says when nothing matches", async () => {
    const guide = await staffSession(server(), { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server(), guide.token);
    await server().database.db.transaction().execute((trx) => erasePerson(trx, person.id));
    const { email } = await server().database.db.selectFrom('staff').select('email').where('id', '=', guide.staffId).executeTakeFirstOrThrow();
    const db = openTestDatabase();
    await keepStaffSession(db, await loggedIn(server(), { role: 'administrator' }));
    const { user } = renderWorkspace(db, '#staff/audit');

    await user.type(await screen.findByLabelText('Ansattes e-postadresse'), email);
    await user.selectOptions(screen.getByLabelText('Handling'), 'Registrerte personen');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    await screen.findByRole('table');
    expect(resultRows()).toEqual([['Test guide', 'Veileder', 'Kommune 4601', 'Registrerte personen', 'Tillatt', '', '(slettet)']]);

    await user.selectOptions(screen.getByLabelText('Handling'), 'Skrev en merknad');
    await user.click(screen.getByRole('button', { name: 'Søk' }));
    expect(await screen.findByText('Ingen hendelser passer søket.')).toBeInTheDocument();
  });
});
