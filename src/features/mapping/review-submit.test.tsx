import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { emptyEntries, type MappingContent } from '../../domain/mapping';
import { deviceAt, expectQuestion, expectStored, renderMapping, storedContent } from './test-support';

const answered = (content: MappingContent): MappingContent => ({
  ...content,
  aboutYou: { citizenship: 'SO', gender: 'female', birthYear: 1992 },
  languages: [{ ...emptyEntries.languages('l1'), language: 'so', motherTongue: true, speak: 'very_well' }],
  work: [{ ...emptyEntries.work('w1'), occupation: 'Frisør', isco: '5141', years: 7 }],
  wishes: { goal: 'work', areas: ['shop'], text: '' },
});

describe('the review page', () => {
  it('shows every answer in the person’s language and jumps back to any of them', async () => {
    const { db } = await deviceAt({ step: 'review' }, answered);
    const u = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Se over svarene dine');
    const aboutYou = screen.getByRole('region', { name: 'Om deg' });
    expect(within(aboutYou).getByText('Somalia')).toBeInTheDocument();
    expect(within(aboutYou).getByText('1992')).toBeInTheDocument();
    const work = screen.getByRole('region', { name: 'Arbeid' });
    expect(within(work).getByText('Frisører')).toBeInTheDocument();
    expect(within(work).getByText('7 år')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Interesser' })).getAllByText('Ikke besvart')).toHaveLength(2);

    await u.click(within(aboutYou).getAllByRole('button', { name: 'Endre' })[1]!);
    await expectQuestion('Kjønn');
    await u.click(screen.getByRole('radio', { name: 'Annet' }));
    await u.click(screen.getByRole('button', { name: 'Tilbake til oversikten' }));
    await expectQuestion('Se over svarene dine');
    expect(within(screen.getByRole('region', { name: 'Om deg' })).getByText('Annet')).toBeInTheDocument();
  });

  it('lists what must be answered before it can be submitted, each a way back to its question', async () => {
    const { db } = await deviceAt({ step: 'review' });
    const u = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Se over svarene dine');
    const missing = screen.getByTestId('missing-answers');
    expect(within(missing).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Statsborgerskap',
      'Kjønn',
      'Fødselsår',
      'Hvilke språk kan du?',
    ]);
    expect(screen.queryByRole('button', { name: 'Send inn' })).not.toBeInTheDocument();
    await u.click(within(missing).getByRole('button', { name: 'Fødselsår' }));
    await expectQuestion('Fødselsår');
  });
});

describe('submitting', () => {
  it('asks once more, then shows a receipt that says it will be sent, and later that it was', async () => {
    const { db, draftId } = await deviceAt({ step: 'review' }, answered);
    const u = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Se over svarene dine');
    await u.click(screen.getByRole('button', { name: 'Send inn' }));
    expect(screen.getByText(/Vil du sende inn nå\?/)).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Nei, ikke ennå' }));
    expect(screen.queryByText(/Vil du sende inn nå\?/)).not.toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Send inn' }));
    await u.click(screen.getByRole('button', { name: 'Ja, send inn' }));

    expect(await screen.findByRole('heading', { name: 'Kartleggingen er sendt inn' })).toBeInTheDocument();
    expect(screen.getByTestId('receipt-state')).toHaveTextContent('blir sendt av seg selv når enheten er koblet til internett');
    await expectStored(db, (content) => expect(content.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT/));

    const draft = (await db.drafts.get(draftId))!;
    await db.drafts.update(draftId, { sentRevision: draft.revision, sentAt: '2026-11-23T14:30:00.000Z' });
    expect(await screen.findByText(/^Den kom fram 23\. november 2026 kl\./)).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Se svarene dine' }));
    expect(await screen.findByText('Frisører')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Endre' })).not.toBeInTheDocument();
  });

  it('opens on the receipt once submitted, with the answers unchanged', async () => {
    const { db } = await deviceAt({ step: 'review' }, (content) => ({ ...answered(content), submittedAt: '2026-11-20T09:00:00.000Z' }));
    renderMapping(db);
    expect(await screen.findByRole('heading', { name: 'Kartleggingen er sendt inn' })).toBeInTheDocument();
    expect(screen.getByText(/Du sendte inn 20\. november 2026/)).toBeInTheDocument();
    expect(screen.queryByTestId('next')).not.toBeInTheDocument();
    expect((await storedContent(db)).submittedAt).toBe('2026-11-20T09:00:00.000Z');
  });
});
