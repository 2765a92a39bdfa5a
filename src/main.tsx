import './app/zod-without-eval';
import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { isAppLocale, type AppLocale } from './domain/app-locales';
import { App, participantScreensAt } from './app/App';
import { firstScreenSettled } from './app/first-screen-settled';
import { loadParticipantFlow } from './app/participant-flow-loader';
import { loadCodeLists } from './code-lists/load-code-lists';
import { registerServiceWorker } from './app/service-worker';
import type { KompassDatabase } from './offline/db';
import { openDeviceStorage } from './offline/device-storage';
import './app/fonts';
import './app/app.css';

// Asked at once: a browser that grants it will not evict the drafts when space runs low.
// The answer is shown to the guide in the device overview.
void navigator.storage?.persist?.();

/** The language chosen on this device before, or null: then the first screen asks for it. */
async function chosenLocale(db: KompassDatabase): Promise<AppLocale | null> {
  const saved = await db.settings.get('locale');
  return saved && isAppLocale(saved.value) ? saved.value : null;
}

void openDeviceStorage().then(async ({ db, inMemory }) => {
  const root = document.getElementById('root')!;
  // Sending drafts needs the mapping's schemas; on a slow line they must not delay the first screen.
  void firstScreenSettled(root)
    .then(() => import('./offline/start-sync'))
    .then(({ startSync }) => startSync(db, window.location.origin));
  const initialLocale = await chosenLocale(db);
  if (initialLocale !== null && participantScreensAt(window.location.hash)) {
    // Someone coming back, most likely to their answers: their screens and the lists the
    // questions show load now, side by side, instead of one after the other once rendering
    // asks for them. (A failure shows where the screens are rendered, as it would without this.)
    void loadCodeLists(initialLocale).catch(() => undefined);
    await loadParticipantFlow().catch(() => undefined);
  }
  const reactRoot = createRoot(root);
  // As a transition, React renders the first screen in slices and leaves the phone free to
  // answer a tap between them, instead of one long task on a slow CPU.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <App
          db={db}
          initialLocale={initialLocale}
          inMemory={inMemory}
          watchServiceWorker={import.meta.env.PROD ? registerServiceWorker : undefined}
        />
      </StrictMode>,
    ),
  );
});
