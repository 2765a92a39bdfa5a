import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addEntry } from '../../domain/entry-list';
import { emptyEntries, listLimits, type MappingContent } from '../../domain/mapping';
import { deviceAt, expectQuestion, expectStored, next, rawStoredContent, renderMapping } from './test-support';

const user = () => userEvent.setup();

describe('languages', () => {
  it('adds a language question by question, with the skill scale, then returns to the list', async () => {
    const { db } = await deviceAt({ step: 'languages.list' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Hvilke språk kan du?');
    expect(screen.getByText('Ingenting lagt til ennå.')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Legg til et språk' }));

    await expectQuestion('Hvilket språk?');
    await u.type(screen.getByRole('searchbox', { name: 'Søk' }), 'tigr');
    await u.click(await screen.findByRole('radio', { name: 'tigrinja' }));
    await next();
    await expectQuestion('Er dette morsmålet ditt?');
    await u.click(screen.getByRole('radio', { name: 'Ja' }));
    await next();
    for (const [question, level] of [
      ['Hvor godt forstår du språket når andre snakker?', 'Svært godt'],
      ['Hvor godt snakker du språket?', 'Svært godt'],
      ['Hvor godt leser du språket?', 'Godt'],
      ['Hvor godt skriver du språket?', 'Litt'],
    ] as const) {
      await expectQuestion(question);
      await u.click(screen.getByRole('radio', { name: level }));
      await next();
    }

    await expectQuestion('Hvilke språk kan du?');
    const list = screen.getByRole('list');
    expect(within(list).getByText('tigrinja')).toBeInTheDocument();
    expect(within(list).getByText('Morsmål')).toBeInTheDocument();
    await expectStored(db, (content) =>
      expect(content.languages).toEqual([
        { id: expect.any(String), language: 'ti', motherTongue: true, understand: 'very_well', speak: 'very_well', read: 'well', write: 'a_little' },
      ]),
    );
  });

  it('reorders and removes entries, asking before it removes', async () => {
    const { db } = await deviceAt({ step: 'languages.list' }, (content) =>
      ['ar', 'en', 'fr'].reduce(
        (draft, language, index) => addEntry(draft, 'languages', { ...emptyEntries.languages(`l${index}`), language: language as 'ar' }),
        content,
      ),
    );
    const u = user();
    renderMapping(db);
    await expectQuestion('Hvilke språk kan du?');
    const names = () => screen.getAllByRole('listitem').map((item) => item.querySelector('.entry-name')!.textContent);
    expect(names()).toEqual(['arabisk', 'engelsk', 'fransk']);
    expect(screen.getAllByRole('button', { name: 'Flytt opp' })[0]).toBeDisabled();

    await u.click(screen.getAllByRole('button', { name: 'Flytt opp' })[2]!);
    expect(names()).toEqual(['arabisk', 'fransk', 'engelsk']);
    await u.click(screen.getAllByRole('button', { name: 'Fjern' })[0]!);
    expect(screen.getByText('Vil du fjerne dette?')).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Nei, behold' }));
    expect(names()).toHaveLength(3);
    await u.click(screen.getAllByRole('button', { name: 'Fjern' })[0]!);
    await u.click(screen.getByRole('button', { name: 'Ja, fjern' }));
    expect(names()).toEqual(['fransk', 'engelsk']);
    await expectStored(db, (content) => expect(content.languages.map((entry) => entry.language)).toEqual(['fr', 'en']));
  });

  it('says when the list is full instead of offering to add', async () => {
    const { db } = await deviceAt({ step: 'languages.list' }, (content) =>
      Array.from({ length: listLimits.languages }, (_, index) => index).reduce(
        (draft, index) => addEntry(draft, 'languages', emptyEntries.languages(`l${index}`)),
        content,
      ),
    );
    renderMapping(db);
    await expectQuestion('Hvilke språk kan du?');
    expect(screen.queryByRole('button', { name: 'Legg til et språk' })).not.toBeInTheDocument();
    expect(screen.getByText(`Du kan ikke legge til flere enn ${listLimits.languages}.`)).toBeInTheDocument();
  });
});

describe('schooling', () => {
  it('records the ISCED level in plain words, field, country, years and yes/no answers', async () => {
    const { db } = await deviceAt({ step: 'schooling.list' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Har du gått på skole eller tatt utdanning?');
    await u.click(screen.getByRole('button', { name: 'Legg til skole eller utdanning' }));
    await expectQuestion('Hva slags skole eller utdanning?');
    await u.click(screen.getByRole('radio', { name: 'Bachelorgrad, omtrent 3–4 år ved universitet eller høyskole' }));
    await next();
    await expectQuestion('Hvilket fag eller hvilken retning?');
    await u.type(screen.getByRole('textbox', { name: 'Hvilket fag eller hvilken retning?' }), 'Sykepleie');
    await next();
    await expectQuestion('I hvilket land gikk du på denne skolen?');
    await u.click(screen.getByRole('radio', { name: 'Eritrea' }));
    await next();
    await expectQuestion('Hvor mange år gikk du der?');
    await u.type(screen.getByRole('textbox', { name: 'Hvor mange år gikk du der?' }), '45');
    expect(await screen.findByText('Skriv et helt tall fra 0 til 30.')).toBeInTheDocument();
    // Once stored as typed, the answer stays on screen with its error (not replaced by the
    // restored form of the stored draft, which sets the out-of-range year aside).
    await waitFor(async () => expect(((await rawStoredContent(db)) as MappingContent).schooling[0]?.years).toBe(45));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.getByRole('textbox', { name: 'Hvor mange år gikk du der?' })).toHaveValue('45');
    expect(screen.getByText('Skriv et helt tall fra 0 til 30.')).toBeInTheDocument();
    await u.clear(screen.getByRole('textbox', { name: 'Hvor mange år gikk du der?' }));
    await u.type(screen.getByRole('textbox', { name: 'Hvor mange år gikk du der?' }), '4');
    await next();
    await expectQuestion('Fullførte du denne utdanningen?');
    await u.click(screen.getByRole('radio', { name: 'Ja' }));
    await next();
    await expectQuestion('Har du papirer på utdanningen, for eksempel vitnemål?');
    await u.click(screen.getByRole('radio', { name: 'Nei' }));
    await next();
    await expectQuestion('Har du gått på skole eller tatt utdanning?');
    expect(screen.getByText('Sykepleie')).toBeInTheDocument();
    await expectStored(db, (content) =>
      expect(content.schooling).toEqual([
        { id: expect.any(String), level: '6', field: 'Sykepleie', country: 'ER', years: 4, completed: true, documentation: false },
      ]),
    );
  });
});

describe('work experience', () => {
  it('keeps the person’s own words and finds the ISCO-08 code by a Norwegian search', async () => {
    const { db } = await deviceAt({ step: 'work.list' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Har du hatt arbeid?');
    await u.click(screen.getByRole('button', { name: 'Legg til arbeid' }));
    await expectQuestion('Hva jobbet du som?');
    await u.type(screen.getByRole('textbox', { name: 'Hva jobbet du som?' }), 'Snekker i familiens verksted');
    await next();
    await expectQuestion('Hvilket yrke passer best?');
    await u.type(screen.getByRole('searchbox', { name: 'Søk' }), 'snekker');
    await u.click(await screen.findByRole('radio', { name: 'Tømrere og snekkere' }));
    await next();
    await expectQuestion('I hvilket land jobbet du?');
    await next();
    await expectQuestion('Hvor mange år jobbet du med dette?');
    await next();
    await expectQuestion('Var du ansatt, eller jobbet du for deg selv?');
    await u.click(screen.getByRole('radio', { name: 'Selvstendig, jeg hadde egen bedrift eller jobbet for meg selv' }));
    await next();
    await expectQuestion('Hva var de viktigste oppgavene dine?');
    await u.type(screen.getByRole('textbox', { name: 'Hva var de viktigste oppgavene dine?' }), 'Dører og vinduer');
    await next();
    await expectQuestion('Har du hatt arbeid?');
    await expectStored(db, (content) =>
      expect(content.work).toEqual([
        {
          id: expect.any(String),
          occupation: 'Snekker i familiens verksted',
          isco: '7115',
          country: null,
          years: null,
          employment: 'self_employed',
          tasks: 'Dører og vinduer',
        },
      ]),
    );
  });

  it('searches occupations in the person’s language too (English here)', async () => {
    const { db } = await deviceAt({ step: 'work.list', entry: { part: 'work', id: 'w1', field: 'isco' } }, (content) =>
      addEntry(content, 'work', emptyEntries.work('w1')),
    'en');
    const u = user();
    renderMapping(db, 'en');
    await expectQuestion(/occupation/i);
    await u.type(screen.getByRole('searchbox'), 'carpent');
    await u.click(await screen.findByRole('radio', { name: 'Carpenters and joiners' }));
    await expectStored(db, (content) => expect(content.work[0]!.isco).toBe('7115'));
  });
});

describe('activities', () => {
  it('asks for licence classes only when the person has a licence, and clears them on "no"', async () => {
    const { db } = await deviceAt({ step: 'activities.drivingLicence' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Har du førerkort?');
    expect(screen.queryByRole('group', { name: 'Hvilke klasser har du?' })).not.toBeInTheDocument();
    await u.click(screen.getByRole('radio', { name: 'Ja' }));
    const classes = screen.getByRole('group', { name: 'Hvilke klasser har du?' });
    await u.click(within(classes).getByRole('checkbox', { name: 'B' }));
    await u.click(within(classes).getByRole('checkbox', { name: 'CE' }));
    await expectStored(db, (content) => expect(content.activities.drivingLicenceClasses).toEqual(['B', 'CE']));
    await u.click(screen.getByRole('radio', { name: 'Nei' }));
    await expectStored(db, (content) =>
      expect(content.activities).toMatchObject({ hasDrivingLicence: false, drivingLicenceClasses: [] }),
    );
  });

  it('adds an activity of a kind, in the person’s words', async () => {
    const { db } = await deviceAt({ step: 'activities.list' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Har du gjort noe annet som kan være nyttig for utdanning og arbeid?');
    await u.click(screen.getByRole('button', { name: 'Legg til en aktivitet' }));
    await expectQuestion('Hva slags aktivitet?');
    await u.click(screen.getByRole('radio', { name: 'Omsorg for barn, syke eller eldre' }));
    await next();
    await expectQuestion('Fortell kort hva du gjorde');
    await u.type(screen.getByRole('textbox', { name: 'Fortell kort hva du gjorde' }), 'Passet på min syke mor');
    await next();
    await expectQuestion('Hvor mange år gjorde du dette?');
    await u.type(screen.getByRole('textbox', { name: 'Hvor mange år gjorde du dette?' }), '۵');
    await next();
    await expectQuestion('Har du gjort noe annet som kan være nyttig for utdanning og arbeid?');
    await expectStored(db, (content) =>
      expect(content.activities.entries).toEqual([{ id: expect.any(String), kind: 'caring', description: 'Passet på min syke mor', years: 5 }]),
    );
  });
});

describe('interests and wishes', () => {
  it('chooses several areas by picture and word, and a goal', async () => {
    const { db } = await deviceAt({ step: 'interests.areas' });
    const u = user();
    renderMapping(db);
    await expectQuestion('Hva er du interessert i?');
    await u.click(screen.getByRole('checkbox', { name: 'Matlaging' }));
    await u.click(screen.getByRole('checkbox', { name: 'Data og IT' }));
    await u.click(screen.getByRole('checkbox', { name: 'Matlaging' }));
    await next();
    await expectQuestion('Har du andre interesser?');
    await next();
    await expectQuestion('Hva ønsker du deg mest i Norge?');
    await u.click(screen.getByRole('radio', { name: 'Både arbeid og utdanning' }));
    await next();
    await expectQuestion('Hva vil du helst jobbe med eller lære?');
    await u.click(screen.getByRole('checkbox', { name: 'Omsorg og helse' }));
    await next();
    await expectQuestion('Fortell om ønskene dine for utdanning og arbeid i Norge');
    await u.type(screen.getByRole('textbox'), 'Helsefagarbeider');
    await expectStored(db, (content) => {
      expect(content.interests).toEqual({ areas: ['computers'], other: '' });
      expect(content.wishes).toEqual({ goal: 'both', areas: ['care'], text: 'Helsefagarbeider' });
    });
  });
});
