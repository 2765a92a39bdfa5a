import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bearer, registerPerson, staffSession } from '../../../tests/api/support/workspace';
import { PersonPage } from './PersonPage';
import { loggedIn, renderAs, withRealServer } from './records-test-support';

const server = withRealServer();

describe("the person page's 'who has seen the data'", () => {
  it('is folded away and fetched only when opened; then lists who looked, changed or was refused, newest first', async () => {
    const guide = await loggedIn(server(), { role: 'guide', municipality: '4601' });
    const person = await registerPerson(server(), guide.token);
    const advisor = await staffSession(server(), { role: 'advisor', county: '46' });
    const elsewhere = await staffSession(server(), { role: 'guide', municipality: '0301' });
    const personUrl = `/api/persons/${person.id}`;
    await server().app.inject({ method: 'GET', url: personUrl, headers: { ...bearer(advisor.token), 'kompass-purpose': 'career_guidance' } });
    await server().app.inject({ method: 'GET', url: personUrl, headers: bearer(elsewhere.token) });
    const reportsRead = () =>
      server().database.db.selectFrom('audit_events').select('id').where('person_id', '=', person.id).where('action', '=', 'read_access_report').execute();

    const { user } = renderAs(guide, <PersonPage personId={person.id} />);
    const title = await screen.findByRole('heading', { level: 2, name: 'Hvem har sett opplysningene' });
    expect(screen.queryByRole('table', { name: 'Hvem har sett opplysningene' })).not.toBeInTheDocument();
    expect(await reportsRead()).toEqual([]);

    await user.click(title);
    const table = await screen.findByRole('table', { name: 'Hvem har sett opplysningene' });
    const rows = within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').slice(1).map((cell) => cell.textContent));
    expect(rows).toEqual(
      expect.arrayContaining([
        ['Test guide', 'Veileder', 'Kommune 4601', 'Registrerte personen', '', '1'],
        ['Test advisor', 'Karriereveileder', 'Vestland', 'Så på opplysningene', 'Karriereveiledning', '1'],
        ['Test guide', 'Veileder', 'Kommune 0301', 'Prøvde å se opplysningene, men fikk ikke lov', '', '1'],
      ]),
    );
    // The guide's page itself: the person's record and this report; its privacy section says why it reads.
    expect(rows.filter((row) => row[0] === 'Test guide' && row[2] === 'Kommune 4601' && row[3] === 'Så på opplysningene')).toEqual([
      ['Test guide', 'Veileder', 'Kommune 4601', 'Så på opplysningene', '', '2'],
      ['Test guide', 'Veileder', 'Kommune 4601', 'Så på opplysningene', 'Personvernforespørsel', '1'],
    ]);
    expect(await reportsRead()).toHaveLength(1);
  });

  it('is not on an advisor’s view of the person', async () => {
    const guide = await loggedIn(server(), { role: 'guide', municipality: '4601' });
    const advisor = await loggedIn(server(), { role: 'advisor', county: '46' });
    const person = await registerPerson(server(), guide.token);
    renderAs(advisor, <PersonPage personId={person.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: person.name })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Hvem har sett opplysningene' })).not.toBeInTheDocument();
  });
});
