import { draftExportFile } from '../domain/draft-export';
import type { MappingContent } from '../domain/mapping';
import type { KompassDatabase } from './db';
import { readDraft } from './draft-repository';

/**
 * A draft as a file, with the server's reason if it refused it. `onScreen` is the newest copy
 * when a screen has it (storage may be the very thing that failed, so a storage that does not
 * answer still gives a file); otherwise the stored draft.
 */
export async function draftFile(db: KompassDatabase, id: string, onScreen?: MappingContent): Promise<{ name: string; text: string } | null> {
  const [stored, queued] = await Promise.all([readDraft(db, id), db.outbox.get(id)]).catch(() => [undefined, undefined] as const);
  const content = onScreen ?? stored?.content;
  if (!content) return null;
  const problem = queued?.problem ? { status: queued.problem.status, message: queued.problem.message, fields: queued.problem.fields } : null;
  return draftExportFile({ id, revision: stored?.revision ?? 0, sentRevision: stored?.sentRevision ?? null, content }, problem, new Date());
}
