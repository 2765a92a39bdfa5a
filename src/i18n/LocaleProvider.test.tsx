import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LocaleProvider, useLocaleChoice } from './LocaleProvider';
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
