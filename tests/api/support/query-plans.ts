// What the database does for one request: the server's own statements, recorded as it runs
// them, then each one again under EXPLAIN in a transaction that is rolled back, so even writes
// can be run for real (ANALYZE, BUFFERS) and leave nothing behind. Used by the API test that
// keeps reads indexed and by bench/growth.ts.
import { CompiledQuery, PostgresQueryCompiler, type Kysely, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';

/** Install with `db.withPlugin(recorder)`; `record` keeps what the server runs meanwhile. */
export class StatementRecorder implements KyselyPlugin {
  #compiler = new PostgresQueryCompiler();
  /** Subqueries pass through here too; only a query that gets a result was run. */
  #seen = new Map<PluginTransformQueryArgs['queryId'], RootOperationNode>();
  #recording: CompiledQuery[] | null = null;

  transformQuery({ node, queryId }: PluginTransformQueryArgs): RootOperationNode {
    if (this.#recording) this.#seen.set(queryId, node);
    return node;
  }

  async transformResult({ result, queryId }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    const node = this.#seen.get(queryId);
    if (this.#recording && node) this.#recording.push(this.#compiler.compileQuery(node));
    return result;
  }

  /** The statements run while `work` runs (nothing else may use the database meanwhile). */
  async record(work: () => Promise<unknown>): Promise<CompiledQuery[]> {
    this.#recording = [];
    try {
      await work();
      return this.#recording;
    } finally {
      this.#recording = null;
      this.#seen.clear();
    }
  }
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Operation?: string;
  'Shared Hit Blocks'?: number;
  'Shared Read Blocks'?: number;
  Plans?: PlanNode[];
}

export interface StatementPlan {
  /** The verb and the tables it names, e.g. `select persons, mappings`. */
  statement: string;
  /** The plan's top node, e.g. `Limit` or `Index Scan on persons`. */
  top: string;
  /** How each table is read: `Index Scan persons_pkey on persons`, `Seq Scan on staff`. */
  reads: string[];
  seqScanned: string[];
  executionMs: number;
  buffersHit: number;
  buffersRead: number;
}

function statementName(text: string): string {
  const verb = /^\s*(\w+)/.exec(text)?.[1]?.toLowerCase() ?? '?';
  const tables = [...text.matchAll(/\b(?:from|join|into|update)\s+"(\w+)"/gi)].map((match) => match[1]!);
  return `${verb} ${[...new Set(tables)].join(', ') || '(no table)'}`;
}

function nodesOf(node: PlanNode): PlanNode[] {
  return [node, ...(node.Plans ?? []).flatMap(nodesOf)];
}

const onRelation = (node: PlanNode) => (node['Relation Name'] ? ` on ${node['Relation Name']}` : '');

function summary(text: string, explained: { Plan: PlanNode; 'Execution Time'?: number }): StatementPlan {
  const nodes = nodesOf(explained.Plan);
  const reads = nodes
    .filter((node) => node['Index Name'] !== undefined || node['Node Type'] === 'Seq Scan')
    .map((node) => `${node['Node Type']}${node['Index Name'] ? ` ${node['Index Name']}` : ''}${onRelation(node)}`);
  const top = explained.Plan;
  return {
    statement: statementName(text),
    top: `${top.Operation ?? top['Node Type']}${onRelation(top)}`,
    reads: [...new Set(reads)],
    seqScanned: [...new Set(nodes.filter((node) => node['Node Type'] === 'Seq Scan').map((node) => node['Relation Name']!))],
    executionMs: explained['Execution Time'] ?? 0,
    buffersHit: top['Shared Hit Blocks'] ?? 0,
    buffersRead: top['Shared Read Blocks'] ?? 0,
  };
}

/**
 * Each statement under EXPLAIN, in order, in one transaction that is rolled back: run and timed
 * (ANALYZE, BUFFERS) or only planned. `first` runs before them: a setting, or room for a write
 * the recorded request already made.
 */
export async function explainStatements(
  db: Kysely<unknown>,
  statements: readonly CompiledQuery[],
  options: { analyze: boolean; first?: readonly CompiledQuery[] },
): Promise<StatementPlan[]> {
  const explain = options.analyze ? 'explain (analyze, buffers, format json)' : 'explain (format json)';
  return db.connection().execute(async (connection) => {
    await connection.executeQuery(CompiledQuery.raw('begin'));
    try {
      for (const statement of options.first ?? []) await connection.executeQuery(statement);
      const plans: StatementPlan[] = [];
      for (const statement of statements) {
        const { rows } = await connection.executeQuery<{ 'QUERY PLAN': unknown }>(
          CompiledQuery.raw(`${explain} ${statement.sql}`, [...statement.parameters]),
        );
        const plan = rows[0]!['QUERY PLAN'];
        plans.push(summary(statement.sql, (typeof plan === 'string' ? JSON.parse(plan) : plan)[0]));
      }
      return plans;
    } finally {
      await connection.executeQuery(CompiledQuery.raw('rollback'));
    }
  });
}

/** The tables that grow with the number of persons: reading one whole grows with them too. */
export const growingTables = ['persons', 'mappings', 'mapping_revisions', 'sessions', 'login_codes', 'quality_assurances', 'advisor_notes', 'remarks', 'assisted_sessions', 'audit_events', 'privacy_requests'];

/** The growing tables these statements read whole (Seq Scan). */
export function wholeTableReads(plans: readonly StatementPlan[]): string[] {
  return [...new Set(plans.flatMap((plan) => plan.seqScanned.filter((table) => growingTables.includes(table))))];
}

export function planLine(request: string, plan: StatementPlan): string {
  const reads = plan.reads.length > 0 ? plan.reads.join(', ') : 'no table read';
  return `EXPLAIN ${request}: ${plan.statement} — top ${plan.top}; ${reads}; ${plan.executionMs.toFixed(2)} ms, buffers ${plan.buffersHit} hit ${plan.buffersRead} read`;
}
