import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { staffInvitationSchema } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';

interface Props {
  invitation: z.infer<typeof staffInvitationSchema>;
}

/**
 * The invitation's link, shown this once (the server keeps only its hash), to be copied and
 * handed to the person.
 */
export function InvitationLink({ invitation }: Props) {
  const t = useT();
  const when = useWhen();
  const title = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'copied' | 'selected' | null>(null);
  const link = `${window.location.origin}${window.location.pathname}#invite=${invitation.inviteToken}`;
  const name = invitation.staff.name;

  useEffect(() => title.current?.focus(), [invitation]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('copied');
    } catch {
      // No clipboard here (an older browser, or a page not served over HTTPS): the person copies it.
      field.current?.select();
      setCopied('selected');
    }
  };

  return (
    <section className="notice invitation" aria-labelledby="invitation-title">
      <h3 id="invitation-title" ref={title} tabIndex={-1}>
        {t('admin.invitation.title', { name })}
      </h3>
      <label className="field-label" htmlFor="invitation-link">
        {t('admin.invitation.link')}
      </label>
      <div className="invitation-link">
        <input
          id="invitation-link"
          ref={field}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.target.select()}
          aria-describedby="invitation-expires invitation-only-now"
        />
        <button type="button" onClick={() => void copy()}>
          {t('admin.invitation.copy')}
        </button>
      </div>
      <p role="status">{copied && t(copied === 'copied' ? 'admin.invitation.copied' : 'admin.invitation.selected')}</p>
      <p id="invitation-expires">{t('admin.invitation.expires', { date: when.date(invitation.expiresAt) })}</p>
      <p id="invitation-only-now" className="alert">
        {t('admin.invitation.onlyNow', { name })}
      </p>
    </section>
  );
}
