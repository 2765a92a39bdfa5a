// Compiles locales/*.json to ICU ASTs with @formatjs/cli so the app ships no message parser.
// nb.json (the source) carries descriptions for translators; the others are simple id → text.
// Each locale is written twice: the participant's messages (src/i18n/compiled/<locale>.json)
// and the staff's screens' (src/i18n/compiled/staff/<locale>.json), which load only when a
// staff screen opens.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadsWithStaffScreens } from '../src/i18n/staff-messages';

const root = join(import.meta.dirname, '..');
const localesDir = join(root, 'locales');
const outDir = join(root, 'src/i18n/compiled');
const staffOutDir = join(outDir, 'staff');
const formatjs = join(root, 'node_modules/.bin/formatjs');

mkdirSync(staffOutDir, { recursive: true });
const files = readdirSync(localesDir).filter((name) => name.endsWith('.json'));
for (const file of files) {
  const format = file === 'nb.json' ? 'default' : 'simple';
  const compiled = JSON.parse(
    execFileSync(formatjs, ['compile', join(localesDir, file), '--ast', '--format', format], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }),
  ) as Record<string, unknown>;
  const part = (staff: boolean) => Object.fromEntries(Object.entries(compiled).filter(([id]) => loadsWithStaffScreens(id) === staff));
  writeFileSync(join(outDir, file), JSON.stringify(part(false)));
  writeFileSync(join(staffOutDir, file), JSON.stringify(part(true)));
}
console.log(`compiled ${files.length} locales to ${outDir} (staff screens' messages in ${staffOutDir})`);
