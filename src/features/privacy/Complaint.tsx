import { datatilsynet } from '../../domain/complaint-authority';
import { informationLetterContacts } from '../../domain/information-letter';
import { isolated } from '../../i18n/isolate';
import { useT } from '../../i18n/use-t';
import { Speakable } from '../../ui/Speakable';

// Addresses and numbers keep their own direction inside right-to-left sentences.
const contactValues = { imdiEmail: isolated(informationLetterContacts.imdiEmail), dpoEmail: isolated(informationLetterContacts.dpoEmail) };

/** Where to ask (IMDi) and where to complain (Datatilsynet): plain text, so it is there offline. */
export function Complaint() {
  const t = useT();
  return (
    <>
      <section className="rights-section" aria-labelledby="rights-contact">
        <Speakable id="rights.contact.heading" as="h3" textProps={{ id: 'rights-contact' }} />
        <Speakable id="rights.contact.text" values={contactValues} />
      </section>
      <section className="rights-section" aria-labelledby="rights-complaint" data-testid="rights-complaint">
        <Speakable id="rights.complaint.heading" as="h3" textProps={{ id: 'rights-complaint' }} />
        <Speakable id="rights.complaint.text" />
        <address className="rights-address">
          <Speakable id="rights.complaint.address" values={{ datatilsynetAddress: isolated(datatilsynet.address) }} />
          <Speakable id="rights.complaint.phone" values={{ datatilsynetPhone: isolated(datatilsynet.phone) }} />
          <Speakable id="rights.complaint.web" values={{ datatilsynetWeb: isolated(datatilsynet.web) }} />
        </address>
        <p className="small-print">{t('rights.complaint.smallPrint')}</p>
      </section>
    </>
  );
}
