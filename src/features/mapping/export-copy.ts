import { draftExportFile } from '../../domain/draft-export';
import type { MappingContent } from '../../domain/mapping';
import type { KompassDatabase } from '../../offline/db';
import { downloadTextFile } from '../../ui/download';

/**
 * Saves a draft as a file. What is on screen is the newest copy (storage may be the very thing
 * that failed), so it is what the file holds; revision and problem come from storage if it answers.
 */
export async function exportCopy(db: KompassDatabase, id: string, onScreen: MappingContent): Promise<void> {
  const [stored, queued] = await Promise.all([db.drafts.get(id), db.outbox.get(id)]).catch(() => [undefined, undefined] as const);
  const problem = queued?.problem ? { status: queued.problem.status, message: queued.problem.message, fields: queued.problem.fields } : null;
  downloadTextFile(draftExportFile({ id, revision: stored?.revision ?? 0, sentRevision: stored?.sentRevision ?? null, content: onScreen }, problem, new Date()));
}
