import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** Component tests load the same compiled messages the app ships. */
export default function compileLocales(): void {
  const root = join(import.meta.dirname, '../..');
  execFileSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/compile-locales.ts')], { stdio: 'ignore' });
}
