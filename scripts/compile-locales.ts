// Compiles locales/*.json to ICU ASTs with @formatjs/cli so the app ships no message parser.
// nb.json (the source) carries descriptions for translators; the others are simple id → text.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const localesDir = join(root, 'locales');
const outDir = join(root, 'src/i18n/compiled');
const formatjs = join(root, 'node_modules/.bin/formatjs');

mkdirSync(outDir, { recursive: true });
const files = readdirSync(localesDir).filter((name) => name.endsWith('.json'));
for (const file of files) {
  const format = file === 'nb.json' ? 'default' : 'simple';
  execFileSync(formatjs, ['compile', join(localesDir, file), '--ast', '--format', format, '--out-file', join(outDir, file)], {
    stdio: 'inherit',
  });
}
console.log(`compiled ${files.length} locales to ${outDir}`);
