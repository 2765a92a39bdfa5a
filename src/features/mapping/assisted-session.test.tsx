import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { addEntry } from '../../domain/entry-list';
import { emptyEntries } from '../../domain/mapping';
import { deviceAt, expectQuestion, next, renderMapping } from './test-support';

const norwegianOf = (element: HTMLElement) => element.querySelector('.alongside');

describe('an assisted session, with the guide and an interpreter beside the participant', () => {
  it('shows each question, its hint and its answers in Arabic and in Norwegian', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.citizenship' }, (content) => content, 'ar');
    const user = userEvent.setup();
    renderMapping(db, 'ar', { assisted: true });

    const title = await expectQuestion('الجنسية Statsborgerskap');
    const norwegianTitle = within(title).getByText('Statsborgerskap');
    expect(norwegianTitle).toHaveAttribute('lang', 'nb');
    expect(norwegianTitle).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('searchbox', { name: 'بحث Søk' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'لا أعرف Vet ikke' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'سوريا Syria' }));
    // Buttons stay in the participant's language only.
    expect(screen.getByTestId('next')).toHaveTextContent(/^التالي$/);
    await next();

    await expectQuestion('الجنس Kjønn');
    expect(screen.getByRole('radio', { name: 'رجل Mann' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'امرأة Kvinne' }));
    await next();

    await expectQuestion('سنة الميلاد Fødselsår');
    expect(screen.getByRole('textbox', { name: 'سنة الميلاد Fødselsår' })).toHaveAccessibleDescription(
      'أربعة أرقام، مثلًا 1990 Fire sifre, for eksempel 1990',
    );
  });

  it('shows the questions on the review page in both languages, the answers in the participant’s', async () => {
    const { db } = await deviceAt(
      { step: 'review' },
      (content) => addEntry({ ...content, aboutYou: { ...content.aboutYou, citizenship: 'SY' } }, 'languages', { ...emptyEntries.languages('l1'), language: 'ar' }),
      'ar',
    );
    renderMapping(db, 'ar', { assisted: true });
    await expectQuestion('راجع إجاباتك Se over svarene dine');
    const citizenship = screen.getByText('الجنسية', { selector: 'dt', exact: false });
    expect(within(citizenship).getByText('Statsborgerskap')).toHaveAttribute('lang', 'nb');
    expect(citizenship.nextElementSibling).toHaveTextContent(/^سوريا/);
    expect(screen.getByText('Hvilke språk kan du?')).toHaveAttribute('dir', 'ltr');
    expect(screen.getByText('Hvor godt forstår du språket når andre snakker?')).toHaveAttribute('lang', 'nb');
    expect(screen.getAllByRole('button', { name: 'تعديل' }).length).toBeGreaterThan(0);
  });

  it('doubles nothing when the participant is answering in Norwegian', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.gender' });
    renderMapping(db, 'nb', { assisted: true });
    const title = await expectQuestion('Kjønn');
    expect(norwegianOf(title)).toBeNull();
    expect(screen.getByRole('radio', { name: 'Mann' })).toBeInTheDocument();
    expect(document.querySelector('.alongside')).toBeNull();
  });
});

describe('outside an assisted session', () => {
  it('shows the questions in the participant’s language only', async () => {
    const { db } = await deviceAt({ step: 'aboutYou.gender' }, (content) => content, 'ar');
    renderMapping(db, 'ar');
    await expectQuestion('الجنس');
    expect(screen.getByRole('radio', { name: 'رجل' })).toBeInTheDocument();
    expect(screen.queryByText('Kjønn')).not.toBeInTheDocument();
    expect(document.querySelector('.alongside')).toBeNull();
  });
});
