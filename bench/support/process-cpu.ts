import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Linux counts CPU time in clock ticks, 100 a second (`getconf CLK_TCK`). */
const msPerTick = 10;

/** CPU time (user + system) another process has used so far, in ms, from /proc (Linux). */
export function cpuMilliseconds(pid: number): number {
  // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th, stime the 13th.
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * msPerTick;
}

/** The PostgreSQL server processes serving this database's connections (other than this one), to read their CPU time. */
export async function databaseBackendPids(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** CPU time used by each group of processes while `work` runs, in µs per unit of what it did. */
export async function cpuPer<T, Group extends string>(
  groups: Record<Group, number[]>,
  work: () => Promise<T>,
  count: (result: T) => number,
): Promise<{ result: T; microseconds: Record<Group, number> }> {
  const used = () => Object.fromEntries(Object.entries<number[]>(groups).map(([group, pids]) => [group, pids.reduce((sum, pid) => sum + cpuMilliseconds(pid), 0)]));
  const before = used();
  const result = await work();
  const after = used();
  const microseconds = Object.fromEntries(Object.keys(groups).map((group) => [group, (1000 * (after[group]! - before[group]!)) / count(result)]));
  return { result, microseconds: microseconds as Record<Group, number> };
}
