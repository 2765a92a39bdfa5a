import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { MappingPart } from '../../domain/mapping-flow';
import { confirmLetter } from '../../domain/information-letter';
import type { MappingContent } from '../../domain/mapping';
import type { DraftOwner } from '../../domain/draft';
import { restorePosition, type Position } from '../../domain/mapping-flow';
import { submitMapping } from '../../domain/submission';
import type { KompassDatabase } from '../../offline/db';
import { currentDraft, recoverUnsavedChange } from '../../offline/draft-repository';
import { readMappingPosition, saveMappingPosition } from '../../offline/mapping-position';
import { clearUnsavedChange, takeUnsavedChange } from '../../offline/unsaved-journal';
import { useLocaleChoice } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/use-t';
import { MappingFlow } from './MappingFlow';
import { Receipt } from './Receipt';
import { SaveStatus } from './SaveStatus';
import { prefetchCodeLists } from './use-code-lists';
import { useDraftAutosave } from './use-draft-autosave';
import { useDraftFromElsewhere } from './use-draft-from-elsewhere';
import { draftFile } from '../../offline/draft-file';
import { downloadTextFile } from '../../ui/download';

interface Props {
  db: KompassDatabase;
  /** Shown until the person confirms the information letter; `start` records that and goes on. */
  beforeStart: (start: () => void) => ReactNode;
  /** Storage lives only in this page (no IndexedDB): "saved on this device" would not be true. */
  inMemory?: boolean;
  /** The person types their login code again for this draft (it was missing or the server refused it). */
  enterCode: (draftId: string) => void;
  /** Shown under each question of a part (the guide's remarks in an assisted session). */
  besideQuestion?: (part: MappingPart) => ReactNode;
  /** Offered on the receipt: the person is done and leaves the device to the next one. */
  handOver?: () => void;
  /** Offered on the receipt: the person's rights screen. */
  openRights?: () => void;
}

interface Opened {
  id: string;
  revision: number;
  content: MappingContent;
  owner?: DraftOwner;
  position: Position;
}

/** Opens this device's draft (or starts one) where the person left it, with autosave. */
export function MappingScreen({ db, beforeStart, inMemory = false, enterCode, besideQuestion, handOver, openRights }: Props) {
  const t = useT();
  const { locale } = useLocaleChoice();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    let current = true;
    const codeLists = prefetchCodeLists(locale);
    (async () => {
      const opened = await currentDraft(db, locale, new Date());
      const draft = await recoverUnsavedChange(db, opened, takeUnsavedChange(opened.id), new Date());
      clearUnsavedChange(draft.id);
      const storedPosition = await readMappingPosition(db, draft.id);
      // Past the letter the draft opens on a question: it shows once its lists are there, all at once.
      if (draft.content.informationLetter !== null && draft.content.submittedAt === null) await codeLists;
      return { id: draft.id, revision: draft.revision, content: draft.content, owner: draft.owner, position: restorePosition(storedPosition, draft.content) };
    })().then(
      // The whole question at once is a long render on a cheap phone: as a transition, React
      // renders it in slices and stays free to answer the person in between.
      (draft) => current && startTransition(() => setOpened(draft)),
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
  return <OpenDraft db={db} opened={opened} beforeStart={beforeStart} inMemory={inMemory} enterCode={enterCode} besideQuestion={besideQuestion} handOver={handOver} openRights={openRights} />;
}

function OpenDraft({ db, opened, beforeStart, inMemory, enterCode, besideQuestion, handOver, openRights }: Props & { opened: Opened }) {
  const { locale } = useLocaleChoice();
  const [content, setContent] = useState(opened.content);
  const [position, setPosition] = useState(opened.position);
  const { saver, saveFailed } = useDraftAutosave(db, opened.id, opened);
  useDraftFromElsewhere(db, opened.id, saver, content, setContent);

  const change = (next: MappingContent) => {
    const withLanguage = { ...next, language: locale };
    setContent(withLanguage);
    saver.save(withLanguage);
  };

  const move = (next: Position) => {
    setPosition(next);
    void saveMappingPosition(db, opened.id, next);
  };

  if (content.informationLetter === null) {
    return beforeStart(() => {
      change({ ...content, informationLetter: confirmLetter(locale, new Date()) });
      window.scrollTo(0, 0);
    });
  }

  const { submittedAt } = content;
  return (
    <>
      <SaveStatus db={db} draftId={opened.id} saveFailed={saveFailed} inMemory={inMemory} exportCopy={() => void draftFile(db, opened.id, content).then((file) => file && downloadTextFile(file))}
        enterCode={() => enterCode(opened.id)}
      />
      {submittedAt !== null ? (
        <Receipt db={db} draftId={opened.id} content={{ ...content, submittedAt }} handOver={handOver} openRights={openRights} />
      ) : (
        <MappingFlow
          content={content}
          onChange={change}
          position={position}
          onMove={move}
          besideQuestion={besideQuestion}
          onSubmit={() => {
            const result = submitMapping(content, new Date());
            if (result.ok) {
              change(result.content);
              window.scrollTo(0, 0);
            }
          }}
        />
      )}
    </>
  );
}
