import type { MappingContent } from './mapping';

/** A mapping as a device holds it (stored by src/offline, read by the guide's overview). */
export interface DraftRecord {
  id: string;
  /** Bumped by every local save; the server stores each revision it receives once. */
  revision: number;
  createdAt: string;
  updatedAt: string;
  content: MappingContent;
  /** The newest revision the server has confirmed, and when. */
  sentRevision: number | null;
  sentAt: string | null;
  /** Whose answers these are, which says how they are sent; absent on drafts from before logins. */
  owner?: DraftOwner;
}

/**
 * A participant's own draft is sent with the session their login code opens (and goes to the
 * mapping the server keeps for them) — filed under the id the code derives on this device,
 * never the code; an assisted session's draft is sent by the guide.
 */
export type DraftOwner =
  | { kind: 'participant'; loginId: string }
  | { kind: 'guide'; personId: string; mappingId: string };
