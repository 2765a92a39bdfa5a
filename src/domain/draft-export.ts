import type { MappingContent } from './mapping';

/**
 * A draft as a file a guide can keep when the device cannot send it (refused by the server,
 * storage full, a private window): everything needed to hand it in later, nothing more.
 */
export interface DraftExport {
  format: 'kompass-draft';
  version: 1;
  exportedAt: string;
  draft: { id: string; revision: number; sentRevision: number | null; content: MappingContent };
  /** Why the server refused it, when it did. */
  problem: { status: number; message: string; fields: { path: string; message: string }[] } | null;
}

export function draftExportFile(
  draft: DraftExport['draft'],
  problem: DraftExport['problem'],
  exportedAt: Date,
): { name: string; text: string } {
  const file: DraftExport = { format: 'kompass-draft', version: 1, exportedAt: exportedAt.toISOString(), draft, problem };
  return { name: `kompass-${draft.id.slice(0, 8)}-${draft.revision}.json`, text: `${JSON.stringify(file, null, 2)}\n` };
}
