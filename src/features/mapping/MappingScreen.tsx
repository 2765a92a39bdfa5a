import { useEffect, useState } from 'react';
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
}

/** Opens this device's draft (or starts one) and shows the mapping with autosave. */
export function MappingScreen({ db }: Props) {
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
  return <OpenDraft db={db} id={opened.id} initialContent={opened.content} />;
}

function OpenDraft({ db, id, initialContent }: { db: KompassDatabase; id: string; initialContent: MappingContent }) {
  const { locale } = useLocaleChoice();
  const [content, setContent] = useState(initialContent);
  const { save, saveFailed } = useDraftAutosave(db, id);

  const change = (next: MappingContent) => {
    const withLanguage = { ...next, language: locale };
    setContent(withLanguage);
    save(withLanguage);
  };

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
