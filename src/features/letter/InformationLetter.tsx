import { informationLetterContacts } from '../../domain/information-letter';
import type { MessageId } from '../../i18n/message-id';
import { useT } from '../../i18n/use-t';
import { Speakable } from '../../ui/Speakable';

interface Section {
  heading?: MessageId;
  paragraphs?: readonly MessageId[];
  list?: readonly MessageId[];
  after?: readonly MessageId[];
}

/** IMDi's information letter, in order: what is registered, why, who sees it, your rights. */
const sections: readonly Section[] = [
  { paragraphs: ['letter.intro.duty', 'letter.intro.consequences'] },
  { heading: 'letter.why.heading', paragraphs: ['letter.why.guidance', 'letter.why.settlement', 'letter.why.later'] },
  { heading: 'letter.legalBasis.heading', paragraphs: ['letter.legalBasis.text'] },
  {
    heading: 'letter.registered.heading',
    list: [
      'letter.registered.aboutYou',
      'letter.registered.languages',
      'letter.registered.schooling',
      'letter.registered.work',
      'letter.registered.activities',
      'letter.registered.interests',
      'letter.registered.wishes',
    ],
    after: ['letter.registered.guide'],
  },
  {
    heading: 'letter.access.heading',
    paragraphs: [
      'letter.access.imdi',
      'letter.access.careerCentre',
      'letter.access.nav',
      'letter.access.receptionMunicipality',
      'letter.access.settlementMunicipality',
      'letter.access.research',
    ],
  },
  {
    heading: 'letter.rights.heading',
    list: [
      'letter.rights.access',
      'letter.rights.rectification',
      'letter.rights.restriction',
      'letter.rights.objection',
      'letter.rights.complaint',
    ],
    after: ['letter.storage', 'letter.contact', 'letter.moreInfo'],
  },
];

// First Strong Isolate … Pop Directional Isolate: an address keeps its own direction inside
// right-to-left text, in speech and on screen alike.
const isolate = (text: string) => `\u2068${text}\u2069`;
const contactValues = {
  imdiEmail: isolate(informationLetterContacts.imdiEmail),
  dpoEmail: isolate(informationLetterContacts.dpoEmail),
};

interface Props {
  onConfirm: () => void;
  /** Opens the person's rights screen (absent where there is none, as in an assisted session). */
  openRights?: () => void;
}

/** The letter every participant receives before registering, read or heard, then confirmed. */
export function InformationLetter({ onConfirm, openRights }: Props) {
  const t = useT();
  return (
    <article className="part letter" aria-labelledby="letter-title">
      <Speakable id="letter.title" as="h2" className="letter-title" textProps={{ id: 'letter-title' }} />
      {sections.map((section, index) => (
        <section key={section.heading ?? index}>
          {section.heading && <Speakable id={section.heading} as="h3" />}
          {section.paragraphs?.map((id) => <Speakable key={id} id={id} />)}
          {section.list && (
            <ul className="letter-list">
              {section.list.map((id) => (
                <li key={id}>
                  <Speakable id={id} as="span" />
                </li>
              ))}
            </ul>
          )}
          {section.after?.map((id) => <Speakable key={id} id={id} values={id === 'letter.contact' ? contactValues : undefined} />)}
          {section.heading === 'letter.rights.heading' && openRights && (
            <button type="button" className="button-large" onClick={openRights}>
              {t('rights.open')}
            </button>
          )}
        </section>
      ))}
      <ul className="letter-links">
        {[informationLetterContacts.datatilsynetRights, informationLetterContacts.imdiPrivacy].map((href) => (
          <li key={href}>
            <a href={href} dir="ltr" rel="noreferrer" target="_blank">
              {href}
            </a>
          </li>
        ))}
      </ul>
      <button type="button" className="button-primary button-large" onClick={onConfirm}>
        {t('letter.confirm')}
      </button>
    </article>
  );
}
