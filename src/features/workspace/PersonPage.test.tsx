import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registerPerson } from '../../../tests/api/support/workspace';
import { PersonPage } from './PersonPage';
import { loggedIn, renderAs, storeMapping, withRealServer } from './records-test-support';

const server = withRealServer();
const bergen = { role: 'guide', municipality: '4601' } as const;

describe("the person's page, for the guide", () => {
  it('shows a new login code large, in three groups, once; afterwards only who made it and when', async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token);
    const first = renderAs(guide, <PersonPage personId={person.id} />);
    expect(await screen.findByText('Personen har ingen innloggingskode nå.')).toBeInTheDocument();
    await first.user.click(screen.getByRole('button', { name: 'Lag innloggingskode' }));

    const code = await screen.findByTestId('login-code');
    const groups = Array.from(code.querySelectorAll('.login-code-group'), (group) => group.textContent);
    expect(groups).toHaveLength(3);
    groups.forEach((group) => expect(group).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/));
    expect(screen.getByText('Les koden høyt for personen, én gruppe om gangen:')).toBeInTheDocument();
    expect(screen.getByText(/^Gyldig til .+ kl\. \d\d:\d\d\.$/)).toBeInTheDocument();
    const login = await server().app.inject({ method: 'POST', url: '/api/login/code', payload: { code: groups.join('-') } });
    expect(login.statusCode).toBe(200);
    first.unmount();

    const later = renderAs(guide, <PersonPage personId={person.id} />);
    expect(await screen.findByTestId('login-code-state')).toHaveTextContent(/^Kode laget .+ av Test guide, gyldig til .+\.$/);
    expect(screen.queryByTestId('login-code')).not.toBeInTheDocument();
    expect(screen.queryByText(groups[0]!)).not.toBeInTheDocument();

    // A code in force is replaced only after the guide confirms it.
    await later.user.click(screen.getByRole('button', { name: 'Lag ny innloggingskode' }));
    expect(screen.getByText(/Den gamle slutter å virke, og enheter som brukte den, blir logget ut/)).toBeInTheDocument();
    await later.user.click(screen.getByRole('button', { name: 'Avbryt' }));
    await later.user.click(screen.getByRole('button', { name: 'Trekk tilbake koden' }));
    await later.user.click(screen.getByRole('button', { name: 'Ja, trekk tilbake' }));
    expect(await screen.findByText('Personen har ingen innloggingskode nå.')).toBeInTheDocument();
  });

  it("puts the guide's remark beside the person's words, marked as the guide's, and leaves the answer as it was", async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token);
    await storeMapping(server(), guide.token, person.mappingId, (content) => ({
      ...content,
      wishes: { ...content.wishes, goal: 'work', text: 'Jeg vil bli sykepleier' },
    }));
    const { user } = renderAs(guide, <PersonPage personId={person.id} />);
    const wishes = await screen.findByTestId('part-wishes');
    const answered = within(wishes).getByTestId('answers-wishes').textContent;
    expect(answered).toContain('Jeg vil bli sykepleier');

    await user.type(within(wishes).getByLabelText('Ny merknad: Ønsker for utdanning og arbeid'), 'Ønsker helsefagarbeider først');
    await user.click(within(wishes).getByRole('button', { name: 'Lagre merknad' }));
    const remark = await within(wishes).findByRole('note', { name: 'Merknad fra veileder' });
    expect(remark).toHaveTextContent('Ønsker helsefagarbeider først');
    expect(remark).toHaveTextContent(/Test guide, .+ kl\. \d\d:\d\d/);
    expect(remark).toHaveTextContent('gjeldende');
    expect(within(wishes).getByLabelText('Ny merknad: Ønsker for utdanning og arbeid')).toHaveValue('');
    expect(within(wishes).getByTestId('answers-wishes').textContent).toBe(answered);
    expect(within(screen.getByTestId('part-work')).queryByRole('note')).not.toBeInTheDocument();

    await user.type(within(wishes).getByLabelText('Ny merknad: Ønsker for utdanning og arbeid'), 'Snakket med personen igjen');
    await user.click(within(wishes).getByRole('button', { name: 'Lagre merknad' }));
    await waitFor(() => expect(within(wishes).getAllByRole('note')).toHaveLength(2));
    const [older, newer] = within(wishes).getAllByRole('note');
    expect(older).not.toHaveTextContent('gjeldende');
    expect(newer).toHaveTextContent('Snakket med personen igjen');
    expect(newer).toHaveTextContent('gjeldende');
  });

  it('marks a submitted mapping as quality-assured, with who did it and of which version', async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token);
    await storeMapping(server(), guide.token, person.mappingId, (content) => ({ ...content, submittedAt: new Date().toISOString() }));
    const { user } = renderAs(guide, <PersonPage personId={person.id} />);
    await user.click(await screen.findByRole('button', { name: 'Marker som kvalitetssikret' }));
    expect(await screen.findByText('Kartleggingen er kvalitetssikret (versjon 1).')).toBeInTheDocument();
    expect(screen.getByText(/^Kvalitetssikret av Test guide .+ \(versjon 1\)$/)).toBeInTheDocument();
    expect(screen.getByText('Kartlegging').nextElementSibling).toHaveTextContent('kvalitetssikret');
    expect(screen.queryByRole('button', { name: 'Marker som kvalitetssikret' })).not.toBeInTheDocument();
  });

  it('says that no mapping has arrived yet, and offers quality assurance only once it is submitted', async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token);
    const { user, assistedStarted } = renderAs(guide, <PersonPage personId={person.id} />);
    expect(await screen.findByText('Ingen kartlegging mottatt ennå')).toBeInTheDocument();
    expect(screen.getByText('Kartleggingen kan kvalitetssikres når personen har levert den.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start assistert økt' }));
    expect(assistedStarted.map((record) => record.person.id)).toEqual([person.id]);
    expect(screen.getByRole('link', { name: 'Utskrift / PDF' })).toHaveAttribute('href', `#staff/person/${person.id}/print`);
  });

  it('lists the answers set aside (from another device, or that did not fit) for the guide to weigh, as they came', async () => {
    const guide = await loggedIn(server(), bergen);
    const person = await registerPerson(server(), guide.token);
    await storeMapping(server(), guide.token, person.mappingId, (content) => ({
      ...content,
      setAside: [
        { path: 'wishes.text', value: '"Vil jobbe i barnehage"', reason: 'conflict' },
        { path: 'aboutYou.shoeSize', value: '42' },
      ],
    }));
    renderAs(guide, <PersonPage personId={person.id} />);
    const setAside = (await screen.findByRole('heading', { name: 'Svar som må vurderes' })).closest('section')!;
    const [conflict, notPlaced] = within(setAside).getAllByRole('listitem');
    expect(conflict).toHaveTextContent('Svar fra en annen enhet');
    expect(conflict).toHaveTextContent('Hvor: wishes.text');
    expect(conflict).toHaveTextContent('"Vil jobbe i barnehage"');
    expect(notPlaced).toHaveTextContent('Svar som ikke passet inn');
    expect(notPlaced).toHaveTextContent('Hvor: aboutYou.shoeSize');
    expect(within(setAside).queryByRole('textbox')).not.toBeInTheDocument();
  });
});
