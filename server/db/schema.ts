import type { ColumnType, Generated } from 'kysely';
import type { MappingContent } from '../../src/domain/mapping';

/** jsonb goes in as text and comes out parsed. */
type Json<T> = ColumnType<T, string, string>;
type Timestamp = ColumnType<Date, string | Date, string | Date>;

export interface MappingsTable {
  id: string;
  revision: number;
  content: Json<MappingContent>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Append-only: one row per accepted revision, never updated or deleted by the API. */
export interface MappingRevisionsTable {
  mapping_id: string;
  revision: number;
  content: Json<MappingContent>;
  received_at: Timestamp;
  sequence: Generated<string>;
}

export interface DatabaseSchema {
  mappings: MappingsTable;
  mapping_revisions: MappingRevisionsTable;
}
