import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bearer, registerPerson } from '../../../tests/api/support/workspace';
import { PrintableProfile } from './PrintableProfile';
import { loggedIn, renderAs, storeMapping, withRealServer } from './records-test-support';

const server = withRealServer();
const bergen = { role: 'guide', municipality: '4601' } as const;

afterEach(() => {
  vi.restoreAllMocks();
});

async function personWithRemark(language: 'ar' | 'nb') {
  const guide = await loggedIn(server(), bergen);
  const person = await registerPerson(server(), guide.token, { name: 'Layla Haddad' });
  await storeMapping(server(), guide.token, person.mappingId, (content) => ({
    ...content,
    language,
    work: [{ id: 'w1', occupation: 'ممرضة', isco: null, country: null, years: 4, employment: null, tasks: '' }],
    submittedAt: new Date().toISOString(),
  }));
  const remark = await server().app.inject({
    method: 'POST',
    url: `/api/persons/${person.id}/remarks`,
    headers: bearer(guide.token),
    payload: { part: 'work', text: 'Har papirer på utdanningen' },
  });
  expect(remark.statusCode).toBe(201);
  return { guide, person };
}

describe('the printable profile', () => {
  it("shows the mapping in Norwegian and in the person's language side by side, each with the guide's remarks", async () => {
    const { guide, person } = await personWithRemark('ar');
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = renderAs(guide, <PrintableProfile personId={person.id} />);

    const norwegian = await screen.findByRole('region', { name: 'Norsk bokmål' });
    const arabic = await screen.findByRole('region', { name: 'العربية' });
    expect(norwegian).toHaveAttribute('lang', 'nb');
    expect(norwegian).toHaveAttribute('dir', 'ltr');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');

    for (const column of [norwegian, arabic]) {
      const work = await within(column).findByTestId('part-work');
      expect(within(work).getByTestId('answers-work')).toHaveTextContent('ممرضة');
      const remark = within(work).getByRole('note');
      expect(within(remark).getByText('Har papirer på utdanningen')).toHaveAttribute('lang', 'nb');
      expect(within(column).queryByRole('button')).not.toBeInTheDocument();
    }
    expect(within(norwegian).getByRole('note')).toHaveAccessibleName('Merknad fra veileder');

    // The columns' languages do not change the page's own.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'nb'));
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');

    expect(screen.getByRole('heading', { level: 1, name: 'Layla Haddad' })).toBeInTheDocument();
    expect(screen.getByText('Ikke kvalitetssikret')).toBeInTheDocument();
    expect(screen.getByText(/^Skrevet ut /)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Skriv ut' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('has one column when the person answered in Norwegian', async () => {
    const { guide, person } = await personWithRemark('nb');
    renderAs(guide, <PrintableProfile personId={person.id} />);
    const column = await screen.findByRole('region', { name: 'Norsk bokmål' });
    expect(await within(column).findByText('Har papirer på utdanningen')).toBeInTheDocument();
    expect(screen.getAllByRole('region')).toHaveLength(1);
  });
});
