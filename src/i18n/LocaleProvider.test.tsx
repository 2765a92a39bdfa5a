import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Suspense, use, useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { appLocaleCodes } from '../domain/app-locales';
import { LocaleProvider, useLocaleChoice } from './LocaleProvider';
import { StaffMessages } from './StaffMessages';
import { useT } from './use-t';

function Probe() {
  const t = useT();
  const { locale, chooseLocale } = useLocaleChoice();
  return (
    <>
      <p data-testid="probe">{`${locale}: ${t('language.switch.label')}`}</p>
      {(['ar', 'ckb', 'ti'] as const).map((code) => (
        <button key={code} onClick={() => void chooseLocale(code)}>
          {code}
        </button>
      ))}
    </>
  );
}

function renderProbe(chosen: string[]) {
  render(
    <LocaleProvider initialLocale="nb" onLocaleChosen={(locale) => chosen.push(locale)}>
      <Probe />
    </LocaleProvider>,
  );
}

describe('choosing a language', () => {
  it('shows the new language, with its direction, once its messages are there', async () => {
    const chosen: string[] = [];
    renderProbe(chosen);
    expect(await screen.findByText('nb: Språk')).toBeInTheDocument();
    // The page's direction follows in an effect, just after the messages show.
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'ltr'));
    fireEvent.click(screen.getByRole('button', { name: 'ar' }));
    expect(await screen.findByText('ar: اللغة')).toBeInTheDocument();
    await waitFor(() => expect(document.documentElement).toHaveAttribute('dir', 'rtl'));
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(chosen).toEqual(['ar']);
  });

  it('ends on the last language chosen, however the loads finish', async () => {
    const chosen: string[] = [];
    renderProbe(chosen);
    await screen.findByText('nb: Språk');
    fireEvent.click(screen.getByRole('button', { name: 'ckb' }));
    fireEvent.click(screen.getByRole('button', { name: 'ti' }));
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toMatch(/^ti: /));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByTestId('probe').textContent).toMatch(/^ti: /);
    expect(chosen).toEqual(['ti']);
  });
});

/** Names the screen waits for in each language, as a question's place names are (code-lists). */
function NamesIn({ names }: { names: (locale: string) => Promise<string> }) {
  const { locale } = useLocaleChoice();
  return <p data-testid="names">{use(names(locale))}</p>;
}

describe('choosing a language on a screen that waits for more than messages', () => {
  it('keeps the screen as it was, never a "loading" in its place, until the new one is whole', async () => {
    let arrive: (names: string) => void = () => undefined;
    const arabicNames = new Promise<string>((resolve) => (arrive = resolve));
    const byLocale: Record<string, Promise<string>> = { nb: Promise.resolve('Norge'), ar: arabicNames };
    render(
      <LocaleProvider initialLocale="nb">
        <Probe />
        <Suspense fallback={<p>loading</p>}>
          <NamesIn names={(locale) => byLocale[locale]!} />
        </Suspense>
      </LocaleProvider>,
    );
    expect(await screen.findByText('Norge')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'ar' }));
    // The messages are there, the names are not: the Norwegian screen stays, whole.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(screen.queryByText('loading')).not.toBeInTheDocument();
    expect(screen.getByTestId('probe').textContent).toBe('nb: Språk');
    expect(screen.getByText('Norge')).toBeInTheDocument();
    arrive('النرويج');
    expect(await screen.findByText('النرويج')).toBeInTheDocument();
    expect(screen.getByTestId('probe').textContent).toBe('ar: اللغة');
    await waitFor(() => expect(document.documentElement).toHaveAttribute('lang', 'ar'));
  });
});

describe("the staff's messages", () => {
  function StaffTitle() {
    const t = useT();
    return <p data-testid="staff">{t('staff.login.title')}</p>;
  }

  function StaffProbe() {
    const t = useT();
    const { chooseLocale } = useLocaleChoice();
    const [open, setOpen] = useState(false);
    return (
      <>
        <p data-testid="participant">{t('language.switch.label')}</p>
        <button onClick={() => setOpen(true)}>open</button>
        {appLocaleCodes.map((code) => (
          <button key={code} onClick={() => void chooseLocale(code)}>
            {code}
          </button>
        ))}
        {open && (
          <StaffMessages fallback={<p>loading</p>}>
            <StaffTitle />
          </StaffMessages>
        )}
      </>
    );
  }

  const staffTitle = (code: string) => {
    const message = (JSON.parse(readFileSync(join(import.meta.dirname, `../../locales/${code}.json`), 'utf8')) as Record<string, unknown>)['staff.login.title'];
    return typeof message === 'string' ? message : (message as { defaultMessage: string }).defaultMessage;
  };

  it('load only when a staff screen opens, then in every language chosen', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LocaleProvider initialLocale="nb" staffMessages="when-asked">
        <StaffProbe />
      </LocaleProvider>,
    );
    expect(await screen.findByTestId('participant')).toHaveTextContent('Språk');
    expect(screen.queryByTestId('staff')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'open' }));
    expect(await screen.findByTestId('staff')).toHaveTextContent(staffTitle('nb'));
    for (const code of appLocaleCodes) {
      fireEvent.click(screen.getByRole('button', { name: code }));
      await waitFor(() => expect(screen.getByTestId('staff')).toHaveTextContent(staffTitle(code)));
    }
    // Never shown without its text, not even for a moment between two languages.
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
