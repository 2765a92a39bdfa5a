import type { ColumnType, Generated } from 'kysely';

/** jsonb goes in as text and comes out parsed; stored content may be from any earlier version. */
type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, string | Date, string | Date>;

export interface MappingsTable {
  id: string;
  revision: number;
  content: Json<unknown>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: one row per accepted revision, never updated or deleted by the API. */
export interface MappingRevisionsTable {
  mapping_id: string;
  revision: number;
  content: Json<unknown>;
  received_at: Timestamp;
  sequence: Generated<string>;
  /** The device that sent it; null for revisions sent before devices said who they were. */
  device_id: string | null;
}

export interface DatabaseSchema {
  mappings: MappingsTable;
  mapping_revisions: MappingRevisionsTable;
}
