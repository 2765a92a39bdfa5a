import { useEffect, useRef } from 'react';
import { formatLoginCode, normalizeLoginCode } from '../../domain/login-code';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import type { IssuedLoginCode as Issued } from './api/create-login-code';

/** The new code, large and in its three groups, to be read aloud once: it is never shown again. */
export function IssuedLoginCode({ issued, onDone }: { issued: Issued; onDone: () => void }) {
  const t = useT();
  const when = useWhen();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [issued.code]);
  return (
    <div className="issued-code" ref={box} tabIndex={-1} aria-labelledby="issued-code-hint">
      <p id="issued-code-hint">{t('person.loginCode.readAloud')}</p>
      <p className="login-code" dir="ltr" data-testid="login-code">
        {formatLoginCode(normalizeLoginCode(issued.code))
          .split('-')
          .map((group, index) => (
            <span key={index} className="login-code-group">
              {group}
            </span>
          ))}
      </p>
      <p>{t('person.loginCode.validUntil', { date: when.date(issued.expiresAt), time: when.time(issued.expiresAt) })}</p>
      <p className="field-hint">{t('person.loginCode.shownOnce')}</p>
      <button type="button" onClick={onDone}>
        {t('person.loginCode.hide')}
      </button>
    </div>
  );
}
