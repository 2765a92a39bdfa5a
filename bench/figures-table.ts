// Puts the figures of the last run of every benchmark (reports/bench/*.json) into one Markdown
// table, budgets beside them, for README and for an issue's closing note:
// npm run bench && npx tsx bench/figures-table.ts
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { meets, type Figure } from './support/figures';

const dir = process.env.BENCH_REPORT_DIR ?? join(import.meta.dirname, '../reports/bench');

interface Report {
  bench: string;
  title: string;
  measuredAt: string;
  figures: Figure[];
}

const value = (figure: Figure) => `${Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(1)} ${figure.unit}`;
const budget = (figure: Figure) =>
  !figure.budget ? '' : 'atMost' in figure.budget ? `≤ ${figure.budget.atMost} ${figure.unit}` : `≥ ${figure.budget.atLeast} ${figure.unit}`;
const verdict = (figure: Figure) => ({ true: 'met', false: '**not met**', null: '' })[String(meets(figure)) as 'true' | 'false' | 'null'];

const reports = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Report);

console.log('| bench | figure | measured | budget | |');
console.log('|---|---|---|---|---|');
for (const report of reports) {
  for (const figure of report.figures) {
    const what = figure.note ? `${figure.what} (${figure.note})` : figure.what;
    console.log(`| ${report.bench} | ${what} | ${value(figure)} | ${budget(figure)} | ${verdict(figure)} |`);
  }
}
console.log(`\nMeasured ${[...new Set(reports.map((report) => report.measuredAt.slice(0, 10)))].join(', ')}.`);
