import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/use-t';
import type { KompassDatabase } from '../../offline/db';
import { Speakable } from '../../ui/Speakable';
import { AccessReport } from './AccessReport';
import { useMyPrivacyRequests } from './api/list-my-privacy-requests';
import { Complaint } from './Complaint';
import { MyData } from './MyData';
import { OnlineOnly } from './OnlineOnly';
import type { RenderAnswers } from './PersonDataView';
import { RequestForm } from './RequestForm';
import { RequestList } from './RequestList';
import { useMyAccess } from './use-my-session';
import './privacy.css';

interface Props {
  db: KompassDatabase;
  /** The participant's own review page, to show their answers read-only (the app composes features). */
  renderAnswers: RenderAnswers;
  close: () => void;
}

/**
 * "Your rights" for the participant on screen: see everything registered (art. 15/20), ask for
 * correction, erasure, restriction or objection and follow the answers (16–18, 21), see who has
 * looked, and how to complain (77). The explanations work offline; the rest needs the server.
 */
export function RightsScreen(props: Props) {
  // Answers about the person live only while the screen is open: nothing of them is kept on the device.
  const [queryClient] = useState(() => new QueryClient({ defaultOptions: { queries: { retry: false } } }));
  return (
    <QueryClientProvider client={queryClient}>
      <Rights {...props} />
    </QueryClientProvider>
  );
}

function Rights({ db, renderAnswers, close }: Props) {
  const t = useT();
  const my = useMyAccess(db);
  useEffect(() => document.getElementById('rights-title')?.focus(), []);

  return (
    <section className="part rights" aria-labelledby="rights-title">
      <button type="button" className="rights-back" onClick={close}>
        {t('rights.back')}
      </button>
      <Speakable id="rights.title" as="h2" className="question-title" textProps={{ id: 'rights-title', tabIndex: '-1' }} />
      <Speakable id="rights.intro" />

      <section className="rights-section rights-data" aria-labelledby="rights-data">
        <Speakable id="rights.data.heading" as="h3" textProps={{ id: 'rights-data' }} />
        <Speakable id="rights.data.intro" />
        <OnlineOnly my={my}>
          <MyData renderAnswers={renderAnswers} />
        </OnlineOnly>
        <p className="small-print">{t('rights.data.smallPrint')}</p>
      </section>

      <section className="rights-section" aria-labelledby="rights-request">
        <Speakable id="rights.request.heading" as="h3" textProps={{ id: 'rights-request' }} />
        <Speakable id="rights.request.intro" />
        <RequestForm my={my} />
      </section>

      <section className="rights-section" aria-labelledby="rights-requests" data-testid="rights-requests">
        <Speakable id="rights.requests.heading" as="h3" textProps={{ id: 'rights-requests' }} />
        <OnlineOnly my={my}>
          <MyRequests />
        </OnlineOnly>
      </section>

      <section className="rights-section" aria-labelledby="rights-access">
        <Speakable id="rights.access.heading" as="h3" textProps={{ id: 'rights-access' }} />
        <Speakable id="rights.access.intro" />
        <OnlineOnly my={my}>
          <AccessReport />
        </OnlineOnly>
      </section>

      <Complaint />

      <button type="button" className="button-primary button-large" onClick={close}>
        {t('rights.back')}
      </button>
    </section>
  );
}

function MyRequests() {
  const t = useT();
  const requests = useMyPrivacyRequests();
  if (requests.isPending) return <p role="status">{t('app.loading')}</p>;
  if (requests.isError) return <Speakable id="rights.noAnswer" className="notice" />;
  return <RequestList requests={requests.data.requests} />;
}
