import { useEffect, useState, type ReactNode } from 'react';
import { confirmLetter } from '../../domain/information-letter';
import type { MappingContent } from '../../domain/mapping';
import type { KompassDatabase } from '../../offline/db';
import { currentDraft } from '../../offline/draft-repository';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';
import { AboutYouPart } from './AboutYouPart';
import { SaveStatus } from './SaveStatus';
import { useDraftAutosave } from './use-draft-autosave';

interface Props {
  db: KompassDatabase;
  /** Shown until the person confirms the information letter; `start` records that and goes on. */
  beforeStart: (start: () => void) => ReactNode;
}

/** Opens this device's draft (or starts one) and shows the mapping with autosave. */
export function MappingScreen({ db, beforeStart }: Props) {
  const t = useT();
  const { locale } = useLocaleChoice();
  const [opened, setOpened] = useState<{ id: string; content: MappingContent } | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    currentDraft(db, locale, new Date()).then(
      (draft) => current && setOpened({ id: draft.id, content: draft.content }),
      (error: unknown) => current && setFailure(error),
    );
    return () => {
      current = false;
    };
    // The draft is opened once; a language switch changes only how it is shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [db]);

  if (failure) throw failure;
  if (!opened) return <p role="status">{t('app.loading')}</p>;
  return <OpenDraft db={db} id={opened.id} initialContent={opened.content} beforeStart={beforeStart} />;
}

interface OpenDraftProps extends Props {
  id: string;
  initialContent: MappingContent;
}

function OpenDraft({ db, id, initialContent, beforeStart }: OpenDraftProps) {
  const { locale } = useLocaleChoice();
  const [content, setContent] = useState(initialContent);
  const { save, saveFailed } = useDraftAutosave(db, id);

  const change = (next: MappingContent) => {
    const withLanguage = { ...next, language: locale };
    setContent(withLanguage);
    save(withLanguage);
  };

  if (content.informationLetter === null) {
    return beforeStart(() => {
      change({ ...content, informationLetter: confirmLetter(locale, new Date()) });
      window.scrollTo(0, 0);
    });
  }

  return (
    <>
      <SaveStatus db={db} draftId={id} saveFailed={saveFailed} />
      <AboutYouPart
        aboutYou={content.aboutYou}
        onChange={(aboutYou) => change({ ...content, aboutYou })}
        currentYear={new Date().getFullYear()}
      />
    </>
  );
}
