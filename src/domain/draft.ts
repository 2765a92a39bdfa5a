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
}
