import type { MappingStatus } from './workspace-api';

/**
 * Where a person's mapping stands: nothing received yet, a draft, submitted by the person, or
 * quality-assured by a guide — as of its current revision (a later change needs a new check).
 */
export function mappingStatus(
  mapping: { revision: number; submitted: boolean } | null,
  qualityAssuredRevision: number | null,
): MappingStatus {
  if (mapping === null) return 'not_started';
  if (!mapping.submitted) return 'draft';
  return qualityAssuredRevision === mapping.revision ? 'quality_assured' : 'submitted';
}
