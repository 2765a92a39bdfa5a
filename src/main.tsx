import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isAppLocale, type AppLocale } from './domain/app-locales';
import { App } from './app/App';
import { registerServiceWorker } from './app/service-worker';
import { openKompassDatabase } from './offline/db';
import { createMappingSender } from './offline/mapping-api-client';
import { createSyncRunner } from './offline/sync-runner';
import { startSyncTriggers } from './offline/sync-triggers';
import './app/fonts';
import './app/app.css';

const db = openKompassDatabase();
startSyncTriggers(createSyncRunner({ db, sendMapping: createMappingSender(window.location.origin) }), db);
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
