import type { Position } from '../domain/mapping-flow';
import type { KompassDatabase } from './db';

/**
 * Where the person was in the mapping, so a reload or a flat battery brings them back to the
 * same question. Stored per draft; checked against the draft by `restorePosition` on reading.
 */
export async function readMappingPosition(db: KompassDatabase, draftId: string): Promise<unknown> {
  const stored = await db.settings.get('mappingPosition');
  if (!stored) return null;
  try {
    const parsed = JSON.parse(stored.value) as { draftId?: unknown; position?: unknown };
    return parsed.draftId === draftId ? parsed.position : null;
  } catch {
    return null;
  }
}

export async function saveMappingPosition(db: KompassDatabase, draftId: string, position: Position): Promise<void> {
  await db.settings.put({ key: 'mappingPosition', value: JSON.stringify({ draftId, position }) });
}
