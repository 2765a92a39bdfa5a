import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { informationLetterVersion } from '../../domain/information-letter';
import { openTestDatabase } from '../../offline/test-database';
import { deviceAt, expectQuestion, expectStored, letterButton, next, renderMapping, storedContent } from './test-support';

describe('before the mapping', () => {
  it('asks for the information letter first, and stores its confirmation with the draft', async () => {
    const db = openTestDatabase();
    renderMapping(db);
    await userEvent.click(await screen.findByRole('button', { name: letterButton }));
    await expectQuestion('Statsborgerskap');
    await expectStored(db, (content) =>
      expect(content.informationLetter).toEqual({
        version: informationLetterVersion,
        language: 'nb',
        confirmedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      }),
    );
  });

  it('does not ask again once confirmed', async () => {
    const db = openTestDatabase();
    const first = renderMapping(db);
    await userEvent.click(await screen.findByRole('button', { name: letterButton }));
    await expectQuestion('Statsborgerskap');
    await expectStored(db, (content) => expect(content.informationLetter).not.toBeNull());
    first.unmount();
    renderMapping(db);
    await expectQuestion('Statsborgerskap');
    expect(screen.queryByRole('button', { name: letterButton })).not.toBeInTheDocument();
  });
});

describe('one question per screen, autosaved', () => {
  it('answers "about you" by search and by tapping, saving each answer as it is given', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.citizenship' });
    const user = userEvent.setup();
    renderMapping(db);
    await expectQuestion('Statsborgerskap');
    expect(screen.getByText('Spørsmål 1 av 15')).toBeInTheDocument();
    expect(screen.getByText('Del 1 av 7: Om deg')).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: 'Søk' }), 'syr');
    await user.click(await screen.findByRole('radio', { name: 'Syria' }));
    await expectStored(db, (content) => expect(content.aboutYou.citizenship).toBe('SY'));
    expect(screen.getByText('Valgt: Syria')).toBeInTheDocument();
    await next();

    await expectQuestion('Kjønn');
    await user.click(screen.getByRole('radio', { name: 'Kvinne' }));
    await next();

    await expectQuestion('Fødselsår');
    await user.type(screen.getByRole('textbox', { name: 'Fødselsår' }), '١٩٩٠');
    await expectStored(db, (content) => expect(content.aboutYou).toEqual({ citizenship: 'SY', gender: 'female', birthYear: 1990 }));
    expect(await screen.findByText('Lagret på denne enheten')).toBeInTheDocument();
    await next();
    await expectQuestion('Hvilke språk kan du?');
  });

  it('offers "skip for now" except where an answer is needed, and says why it cannot go on', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.gender' });
    renderMapping(db);
    await expectQuestion('Kjønn');
    expect(screen.getByTestId('next')).toHaveTextContent('Neste');
    await next();
    expect(await screen.findByRole('alert')).toHaveTextContent('Dette spørsmålet må besvares før du kan sende inn.');
    expect(screen.getByRole('heading', { level: 2, name: 'Kjønn' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Annet' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Tilbake' }));
    await expectQuestion('Statsborgerskap');
    expect(screen.getByRole('radio', { name: 'Vet ikke' })).toBeInTheDocument();
  });

  it('skips an optional question with "Hopp over nå"', async () => {
    const { db } = await deviceAt({ step: 'interests.other' });
    renderMapping(db);
    await expectQuestion('Har du andre interesser?');
    expect(screen.getByTestId('next')).toHaveTextContent('Hopp over nå');
    await next();
    await expectQuestion('Hva ønsker du deg mest i Norge?');
  });

  it('refuses a birth year that cannot be right, with the reason', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.birthYear' });
    renderMapping(db);
    await expectQuestion('Fødselsår');
    const birthYear = screen.getByRole('textbox', { name: 'Fødselsår' });
    await userEvent.type(birthYear, '1850');
    expect(await screen.findByText('Fødselsåret kan ikke være før 1900.')).toBeInTheDocument();
    expect(birthYear).toHaveAttribute('aria-invalid', 'true');
    await next();
    expect(screen.getByRole('heading', { level: 2, name: 'Fødselsår' })).toBeInTheDocument();
  });

  it('opens again at the same question with the answers given', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.gender' });
    const first = renderMapping(db);
    await expectQuestion('Kjønn');
    await userEvent.click(screen.getByRole('radio', { name: 'Mann' }));
    await next();
    await expectQuestion('Fødselsår');
    await waitFor(async () => expect((await db.settings.get('mappingPosition'))?.value).toContain('aboutYou.birthYear'));
    first.unmount();

    renderMapping(db);
    await expectQuestion('Fødselsår');
    await userEvent.click(screen.getByRole('button', { name: 'Tilbake' }));
    expect(await screen.findByRole('radio', { name: 'Mann' })).toBeChecked();
    expect((await storedContent(db)).aboutYou.gender).toBe('male');
    expect(await db.drafts.count()).toBe(1);
  });

  it('says when the draft has reached the server', async () => {
    const { db, draftId } = await deviceAt({ step: 'aboutYou.gender' });
    renderMapping(db);
    await expectQuestion('Kjønn');
    await db.drafts.update(draftId, { sentRevision: 1, sentAt: '2026-11-23T13:05:00.000Z' });
    expect(await screen.findByText(/^Sendt kl\./)).toBeInTheDocument();
  });
});
