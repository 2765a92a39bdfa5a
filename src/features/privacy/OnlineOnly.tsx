import type { ReactNode } from 'react';
import { useT } from '../../i18n/use-t';
import { Speakable } from '../../ui/Speakable';
import { MySessionContext, type MyAccess } from './use-my-session';

interface Props {
  my: { access: MyAccess; retry: () => void; ended: () => void };
  children: ReactNode;
}

/** A part of the rights screen that needs the server: shown with the person's session, or a plain sentence why not. */
export function OnlineOnly({ my, children }: Props) {
  const t = useT();
  const { access } = my;
  if (access.kind === 'ready') return <MySessionContext value={{ token: access.token, ended: my.ended }}>{children}</MySessionContext>;
  if (access.kind === 'checking') return <p role="status">{t('app.loading')}</p>;
  if (access.kind === 'offline') return <Speakable id="rights.offline" className="notice rights-offline" />;
  if (access.kind === 'refused') return <Speakable id="rights.codeRefused" className="notice" />;
  return (
    <div className="notice">
      <Speakable id="rights.noAnswer" />
      <button type="button" onClick={my.retry}>
        {t('rights.retry')}
      </button>
    </div>
  );
}
