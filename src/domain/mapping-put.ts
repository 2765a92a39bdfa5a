import { canonicalJson } from './canonical-json';
import type { MappingContent } from './mapping';

export interface StoredRevision {
  revision: number;
  content: MappingContent;
}

/**
 * What the server does with `PUT /api/mappings/:id`. Delivery may repeat (a lost reply, a
 * retry after a timeout), so a revision that is already stored with the same content is a
 * success that stores nothing; anything else that does not build on the current revision
 * is a conflict, never an overwrite — unless every revision stored since the request's base
 * came from the requesting device itself: a device's history is linear, so then the request
 * builds on them (they are revisions whose replies it never got).
 */
export type MappingPutDecision =
  | { kind: 'store' }
  | { kind: 'already_stored' }
  | { kind: 'conflict' };

export function decideMappingPut(input: {
  /** The number of the mapping's current revision on the server, or null when it has none. */
  current: Pick<StoredRevision, 'revision'> | null;
  /** The stored revision with the request's number, if the history has one. */
  sameRevision: StoredRevision | null;
  /** The request, its content already upgraded to the current version. */
  request: { revision: number; baseRevision: number | null; content: MappingContent };
  /**
   * True when a revision newer than the request's base was stored from another device (or
   * from one that did not say which); false when all of them came from the requesting device.
   */
  othersWroteSinceBase: boolean;
}): MappingPutDecision {
  const { current, sameRevision, request, othersWroteSinceBase } = input;
  if (sameRevision !== null) {
    return canonicalJson(sameRevision.content) === canonicalJson(request.content)
      ? { kind: 'already_stored' }
      : { kind: 'conflict' };
  }
  if (current === null) return { kind: 'store' };
  if (request.revision > current.revision && (request.baseRevision === current.revision || !othersWroteSinceBase)) {
    return { kind: 'store' };
  }
  return { kind: 'conflict' };
}
