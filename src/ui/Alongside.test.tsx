import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { AppLocale } from '../domain/app-locales';
import { NorwegianAlongside } from '../i18n/alongside';
import { LocaleProvider, useLocaleChoice } from '../i18n/LocaleProvider';
import { Alongside } from './Alongside';
import { ReadAloudContext, silentReadAloud } from './read-aloud-context';
import { Speakable } from './Speakable';

const arabicHint = 'أربعة أرقام، مثلًا 1990';
const norwegianHint = 'Fire sifre, for eksempel 1990';

function ToNorwegian() {
  const { chooseLocale } = useLocaleChoice();
  return <button onClick={() => void chooseLocale('nb')}>nb</button>;
}

function renderIn(locale: AppLocale, children: ReactNode, { assisted }: { assisted: boolean }) {
  const spoken: string[] = [];
  const readAloud = { ...silentReadAloud, available: true, canSpeak: () => true, speak: (_key: string, _id: string, text: string) => spoken.push(text) };
  render(
    <LocaleProvider initialLocale={locale}>
      <ReadAloudContext.Provider value={readAloud}>
        {assisted ? <NorwegianAlongside>{children}</NorwegianAlongside> : children}
        <ToNorwegian />
      </ReadAloudContext.Provider>
    </LocaleProvider>,
  );
  return spoken;
}

describe('the Norwegian alongside, in an assisted session', () => {
  it('follows the participant’s text in the same element, marked as Norwegian left-to-right', async () => {
    renderIn('ar', <Speakable id="mapping.aboutYou.birthYear.hint" />, { assisted: true });
    const norwegian = await screen.findByText(norwegianHint);
    expect(norwegian).toHaveAttribute('lang', 'nb');
    expect(norwegian).toHaveAttribute('dir', 'ltr');
    expect(norwegian.parentElement).toHaveTextContent(`${arabicHint} ${norwegianHint}`);
  });

  it('is not read by the speaker, which reads only the participant’s language', async () => {
    const spoken = renderIn('ar', <Speakable id="mapping.aboutYou.birthYear.hint" />, { assisted: true });
    await screen.findByText(norwegianHint);
    const speaker = screen.getByTestId('speak-mapping.aboutYou.birthYear.hint');
    expect(speaker).toHaveAccessibleName(`قراءة بصوت عالٍ: ${arabicHint}`);
    await userEvent.click(speaker);
    expect(spoken).toEqual([arabicHint]);
  });

  it('fills in values with Norwegian plural rules', async () => {
    renderIn('ar', <Alongside id="mapping.years.value" values={{ years: 3 }} />, { assisted: true });
    expect(await screen.findByText('3 år')).toHaveAttribute('lang', 'nb');
  });

  it('goes away when the participant switches to Norwegian', async () => {
    renderIn('ar', <Speakable id="mapping.aboutYou.birthYear.hint" />, { assisted: true });
    await screen.findByText(norwegianHint);
    await userEvent.click(screen.getByRole('button', { name: 'nb' }));
    await waitFor(() => expect(document.querySelector('.alongside')).toBeNull());
    expect(screen.getByText(norwegianHint)).not.toHaveAttribute('lang');
  });
});

describe('outside an assisted session', () => {
  it('nothing is doubled', async () => {
    renderIn('ar', <Speakable id="mapping.aboutYou.birthYear.hint" />, { assisted: false });
    expect(await screen.findByText(arabicHint)).toBeInTheDocument();
    expect(screen.queryByText(norwegianHint)).not.toBeInTheDocument();
    expect(document.querySelector('.alongside')).toBeNull();
  });
});
