import { useState } from 'react';
import type { AccessKind, AccessReportEntry, AuditPurpose } from '../../domain/audit-api';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';
import { Speakable } from '../../ui/Speakable';
import { useMyAccessReport } from './api/get-my-access-report';
import { staffRoleText } from './request-kinds';

const kindText = {
  registered: 'rights.access.kind.registered',
  listed: 'rights.access.kind.listed',
  looked_at: 'rights.access.kind.looked_at',
  changed: 'rights.access.kind.changed',
  wrote_remark: 'rights.access.kind.wrote_remark',
  quality_assured: 'rights.access.kind.quality_assured',
  assisted_session: 'rights.access.kind.assisted_session',
  advisor_note: 'rights.access.kind.advisor_note',
  login_code: 'rights.access.kind.login_code',
  privacy_request: 'rights.access.kind.privacy_request',
  read_access_log: 'rights.access.kind.read_access_log',
  refused: 'rights.access.kind.refused',
  other: 'rights.access.kind.other',
} as const satisfies Record<AccessKind, MessageId>;

const purposeText = {
  registration: 'rights.access.purpose.registration',
  assisted_session: 'rights.access.purpose.assisted_session',
  quality_assurance: 'rights.access.purpose.quality_assurance',
  career_guidance: 'rights.access.purpose.career_guidance',
  print: 'rights.access.purpose.print',
  privacy_request: 'rights.access.purpose.privacy_request',
} as const satisfies Record<AuditPurpose, MessageId>;

/** Who among staff has looked at or changed the person's data, and who tried: newest first, a page of days at a time. */
export function AccessReport() {
  const [pages, setPages] = useState<(string | undefined)[]>([undefined]);
  return (
    <ol className="rights-access" data-testid="access-report">
      {pages.map((before, index) => (
        <AccessPage key={before ?? 'latest'} before={before} first={index === 0} showOlder={index === pages.length - 1 ? (next) => setPages([...pages, next]) : undefined} />
      ))}
    </ol>
  );
}

interface PageProps {
  before: string | undefined;
  first: boolean;
  /** Given to the last page shown: loads the days before it. */
  showOlder?: (before: string) => void;
}

function AccessPage({ before, first, showOlder }: PageProps) {
  const t = useT();
  const report = useMyAccessReport(before);
  if (report.isPending) return <li role="status">{t('app.loading')}</li>;
  if (report.isError) return <li><Speakable id="rights.noAnswer" className="notice" /></li>;
  const { entries, nextBefore } = report.data;
  return (
    <>
      {first && entries.length === 0 && <li className="not-answered">{t('rights.access.none')}</li>}
      {entries.map((entry) => (
        <AccessLine key={`${entry.day}-${entry.staffName}-${entry.kind}-${entry.lastAt}`} entry={entry} />
      ))}
      {showOlder && nextBefore && (
        <li className="rights-access-more">
          <button type="button" onClick={() => showOlder(nextBefore)}>
            {t('rights.access.older')}
          </button>
        </li>
      )}
    </>
  );
}

function AccessLine({ entry }: { entry: AccessReportEntry }) {
  const t = useT();
  const when = useWhen();
  return (
    <li className="rights-access-entry" data-kind={entry.kind}>
      <p className="rights-label">{t('rights.access.when', { date: when.date(entry.lastAt), time: when.time(entry.lastAt) })}</p>
      <p>
        {t(kindText[entry.kind], { name: entry.staffName, role: t(staffRoleText[entry.role]) })}
        {entry.count > 1 && ` ${t('rights.access.times', { count: entry.count })}`}
        {entry.purpose && ` ${t('rights.access.purpose', { purpose: t(purposeText[entry.purpose]) })}`}
      </p>
    </li>
  );
}
