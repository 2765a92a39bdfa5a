import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { bearer, participantSession } from '../../../tests/api/support/workspace';
import { PersonPage } from './PersonPage';
import { loggedIn, renderAs, withRealServer } from './records-test-support';

const server = withRealServer();
const bergen = { role: 'guide', municipality: '4601' } as const;

describe("the person's privacy requests, for the guide", () => {
  it('answers an objection: a refusal needs words for the person, and the answer says who gave it', async () => {
    const guide = await loggedIn(server(), bergen);
    const participant = await participantSession(server(), guide.token);
    const made = await server().app.inject({
      method: 'POST',
      url: '/api/me/privacy-requests',
      headers: bearer(participant.token),
      payload: { kind: 'objection', message: 'Jeg vil ikke at NAV skal se dette.' },
    });
    expect(made.statusCode).toBe(201);
    const { user } = renderAs(guide, <PersonPage personId={participant.person.id} />);

    // The person's page, then its requests: two calls to a server that may be busy.
    const request = await screen.findByTestId('privacy-request', {}, { timeout: 10_000 });
    expect(request).toHaveTextContent('Protest (art. 21)');
    expect(request).toHaveTextContent(/Fra personen, .+ kl\. \d\d:\d\d/);
    expect(request).toHaveTextContent('Jeg vil ikke at NAV skal se dette.');
    expect(request).toHaveTextContent('Åpen');

    await user.click(within(request).getByRole('radio', { name: 'Avslått' }));
    await user.click(within(request).getByRole('button', { name: 'Send svar' }));
    expect(within(request).getByRole('alert')).toHaveTextContent('Et avslag må begrunnes.');
    await user.type(within(request).getByLabelText('Forklaring til personen'), 'Loven sier at opplysningene skal brukes i veiledningen.');
    await user.click(within(request).getByRole('button', { name: 'Send svar' }));

    await waitFor(() => expect(screen.getByTestId('privacy-request')).toHaveTextContent('Avslått'));
    const answered = screen.getByTestId('privacy-request');
    expect(answered).toHaveTextContent(/Besvart av Test guide, .+ kl\. \d\d:\d\d/);
    expect(answered).toHaveTextContent('Loven sier at opplysningene skal brukes i veiledningen.');
    expect(within(answered).queryByRole('button', { name: 'Send svar' })).not.toBeInTheDocument();
  }, 30_000);

  it("records an erasure the person asked for in person, and erases the person once the guide confirms it in words", async () => {
    const guide = await loggedIn(server(), bergen);
    const { person } = await participantSession(server(), guide.token);
    const { user } = renderAs(guide, <PersonPage personId={person.id} />);
    const privacy = await screen.findByTestId('person-privacy', {}, { timeout: 10_000 });
    expect(await within(privacy).findByText('Ingen forespørsler.', {}, { timeout: 10_000 })).toBeInTheDocument();

    await user.click(within(privacy).getByRole('radio', { name: 'Sletting (art. 17)' }));
    await user.type(within(privacy).getByLabelText('Personens ønske, gjerne med personens egne ord'), 'Vil at alt om meg slettes.');
    await user.click(within(privacy).getByRole('button', { name: 'Registrer forespørsel' }));
    const request = await within(privacy).findByTestId('privacy-request');
    expect(request).toHaveTextContent('Sletting (art. 17)');
    expect(request).toHaveTextContent(/Registrert av Test guide for personen/);

    await user.click(within(request).getByRole('radio', { name: 'Utført' }));
    await user.click(within(request).getByRole('button', { name: 'Send svar' }));
    const confirmation = within(request).getByRole('group', { name: /^Dette sletter/ });
    expect(confirmation).toHaveTextContent(`Dette sletter ${person.name} og alle opplysningene om personen`);
    expect(confirmation).toHaveTextContent('Det kan ikke angres.');
    await user.click(within(confirmation).getByRole('button', { name: 'Avbryt' }));
    expect((await server().app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(guide.token) })).statusCode).toBe(200);

    await user.click(within(request).getByRole('button', { name: 'Send svar' }));
    await user.click(within(request).getByRole('button', { name: 'Ja, slett personen og alt om personen' }));
    expect(await screen.findByText(`${person.name} og alle opplysningene om personen er slettet.`)).toBeInTheDocument();
    expect(screen.queryByTestId('person-privacy')).not.toBeInTheDocument();
    expect((await server().app.inject({ method: 'GET', url: `/api/persons/${person.id}`, headers: bearer(guide.token) })).statusCode).toBe(404);
  }, 30_000);
});
