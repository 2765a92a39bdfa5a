// Every benchmark prints its figures the same way: what was measured, the figure, and where a
// budget applies, the budget beside it and whether it was met. The same rows go to
// reports/bench/<bench>.json (or BENCH_REPORT_DIR), so README's table can be put together from one run of them all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

export interface Figure {
  what: string;
  value: number;
  unit: string;
  /** The budget: the figure must be at most (or at least) `limit`. */
  budget?: { atMost: number } | { atLeast: number };
  /** Anything a reader needs to weigh the figure (sample size, conditions). */
  note?: string;
}

export function meets(figure: Figure): boolean | null {
  if (!figure.budget) return null;
  return 'atMost' in figure.budget ? figure.value <= figure.budget.atMost : figure.value >= figure.budget.atLeast;
}

function budgetText(figure: Figure): string {
  if (!figure.budget) return '';
  return 'atMost' in figure.budget ? `≤ ${figure.budget.atMost} ${figure.unit}` : `≥ ${figure.budget.atLeast} ${figure.unit}`;
}

const decimals = (value: number) => (Number.isInteger(value) ? String(value) : value.toFixed(Math.abs(value) >= 100 ? 0 : 1));

/** Prints the figures as a table and keeps them for README. */
export function reportFigures(bench: string, title: string, figures: Figure[]): void {
  const width = Math.max(...figures.map((figure) => figure.what.length));
  console.log(`\n${title}`);
  for (const figure of figures) {
    const met = meets(figure);
    const verdict = met === null ? '' : `  budget ${budgetText(figure)}: ${met ? 'met' : 'NOT met'}`;
    const note = figure.note ? `  (${figure.note})` : '';
    console.log(`  ${figure.what.padEnd(width)}  ${`${decimals(figure.value)} ${figure.unit}`.padStart(12)}${verdict}${note}`);
  }
  // Smoke runs in the test suite write elsewhere, so they never replace a real run's figures.
  const dir = process.env.BENCH_REPORT_DIR ?? join(import.meta.dirname, '../../reports/bench');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${bench}.json`), `${JSON.stringify({ bench, title, measuredAt: new Date().toISOString(), figures }, null, 2)}\n`);
}

/** The p-th percentile of figures sorted ascending (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** How busy the machine was while measuring (for a figure's note): a shared host slows every timing. */
export function hostLoad(): string {
  return `host load ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
}
