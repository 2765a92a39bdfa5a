import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isAppLocale, type AppLocale } from './domain/app-locales';
import { App } from './app/App';
import { registerServiceWorker } from './app/service-worker';
import { openKompassDatabase } from './offline/db';
import './app/fonts';
import './app/app.css';

const db = openKompassDatabase();
void import('./offline/start-sync').then(({ startSync }) => startSync(db, window.location.origin));
void navigator.storage?.persist?.();

/** The language chosen on this device before, or null: then the first screen asks for it. */
async function chosenLocale(): Promise<AppLocale | null> {
  const saved = await db.settings.get('locale');
  return saved && isAppLocale(saved.value) ? saved.value : null;
}

void chosenLocale().then((initialLocale) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App
        db={db}
        initialLocale={initialLocale}
        watchServiceWorker={import.meta.env.PROD ? registerServiceWorker : undefined}
      />
    </StrictMode>,
  );
});
