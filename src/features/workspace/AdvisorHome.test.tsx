import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { guidanceStatus } from '../../domain/guidance-deadline';
import { registerPerson } from '../../../tests/api/support/workspace';
import { AdvisorHome } from './AdvisorHome';
import { PersonPage } from './PersonPage';
import { daysFromToday, loggedIn, renderAs, withRealServer } from './records-test-support';
import { localToday } from './today';

const server = withRealServer();
const bergen = { role: 'guide', municipality: '4601' } as const;
const vestland = { role: 'advisor', county: '46' } as const;

describe("the career advisor's county", () => {
  it('lists an overdue person first, marked in words and with a sign, not by colour alone', async () => {
    const guide = await loggedIn(server(), bergen);
    const settledOn = daysFromToday(-120);
    const overdue = await registerPerson(server(), guide.token, { name: 'Overdue Person', settledOn });
    await registerPerson(server(), guide.token, { name: 'On Time Person', settledOn: daysFromToday(-10) });
    const advisor = await loggedIn(server(), vestland);
    renderAs(advisor, <AdvisorHome />);

    expect(await screen.findByRole('heading', { name: 'Nylig bosatte i Vestland' })).toBeInTheDocument();
    const late = (await screen.findByRole('link', { name: 'Overdue Person' })).closest('li')!;
    const { daysLeft } = guidanceStatus({ settledOn, today: localToday(), completedOn: null });
    expect(late).toHaveTextContent(`⚠︎ ${-daysLeft} dager over fristen`);
    expect(late.querySelector('[data-state="overdue"]')).not.toBeNull();
    expect(within(late).getByRole('link')).toHaveAttribute('href', `#staff/person/${overdue.id}`);
    const early = screen.getByRole('link', { name: 'On Time Person' }).closest('li')!;
    expect(early).toHaveTextContent(/\d+ dager igjen/);
    expect(late.compareDocumentPosition(early) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("stores the advisor's note with its recommendation, shows it as the note in force, and the guidance as done", async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token, { name: 'Noted Person', settledOn: daysFromToday(-30) });
    const advisor = await loggedIn(server(), vestland);
    const page = renderAs(advisor, <PersonPage personId={person.id} />);
    const { user } = page;

    expect(await screen.findByText('Ingen notat fra karriereveileder ennå.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lag innloggingskode' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Lagre notat' }));
    expect(screen.getByText('Velg arbeid eller utdanning.')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Personens ønsker'), 'Vil studere sykepleie');
    await user.click(screen.getByRole('radio', { name: 'Utdanning' }));
    await user.type(screen.getByLabelText('Notat'), 'Anbefaler forkurs og norskkurs.');
    await user.click(screen.getByRole('checkbox', { name: 'Karriereveiledning er gjennomført' }));
    await user.click(screen.getByRole('button', { name: 'Lagre notat' }));
    expect(await screen.findByText('Notatet er lagret.')).toBeInTheDocument();

    const note = await screen.findByRole('note', { name: 'Karriereveileders notat' });
    expect(note).toHaveTextContent('gjeldende');
    expect(within(note).getByText('Anbefaling').nextElementSibling).toHaveTextContent('Utdanning');
    expect(within(note).getByText('Vil studere sykepleie')).toBeInTheDocument();
    expect(within(note).getByText('Karriereveiledning gjennomført').nextElementSibling).toHaveTextContent('Ja');
    expect(note).toHaveTextContent(/Test advisor, .+ kl\. \d\d:\d\d/);
    page.unmount();

    renderAs(advisor, <AdvisorHome />);
    const row = (await screen.findByRole('link', { name: 'Noted Person' })).closest('li')!;
    expect(row).toHaveTextContent(/✓ Gjennomført \d+\. \p{L}+ \d{4}/u);
  });
});
