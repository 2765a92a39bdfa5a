import { useState } from 'react';
import type { AssistedSession } from '../../offline/assisted-session';
import { useNorwegian } from './use-norwegian';

interface Props {
  session: AssistedSession;
  setInterpreterPresent: (present: boolean) => void;
  finish: () => void;
}

/** The guide's bar above the questions: whose mapping, "interpreter present", and "finish session". */
export function AssistedBar({ session, setInterpreterPresent, finish }: Props) {
  const nb = useNorwegian();
  const [confirming, setConfirming] = useState(false);
  // Shown at once; stored on the device as it changes.
  const [interpreterPresent, setPresent] = useState(session.interpreterPresent);
  return (
    <section className="assisted-bar" lang="nb" dir="ltr" aria-labelledby="assisted-bar-title">
      <h2 id="assisted-bar-title" className="assisted-bar-title">
        {nb('assisted.title')}: {nb('assisted.for', { name: session.personName })}
      </h2>
      <label className="assisted-interpreter">
        <input
          type="checkbox"
          checked={interpreterPresent}
          onChange={(event) => {
            setPresent(event.target.checked);
            setInterpreterPresent(event.target.checked);
          }}
        />
        {nb('assisted.interpreterPresent')}
      </label>
      {confirming ? (
        <div className="notice" role="group" aria-labelledby="assisted-finish-confirm">
          <p id="assisted-finish-confirm">{nb('assisted.finishConfirm')}</p>
          <div className="notice-actions">
            <button type="button" className="button-primary" onClick={finish}>
              {nb('assisted.finishYes')}
            </button>
            <button type="button" autoFocus onClick={() => setConfirming(false)}>
              {nb('assisted.finishNo')}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {nb('assisted.finish')}
        </button>
      )}
    </section>
  );
}
