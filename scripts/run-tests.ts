// `npm test`: type-check and lint side by side, build, then the tests as two vitest runs side by
// side. One vitest run starts the projects whose files go one at a time (e2e, sync) only after
// every other file has run, and gives the rest one worker on a 2-core machine, so a single run
// kept one core busy: the browser tests mostly wait on Chromium and the server, while unit, tooling
// and API tests keep a core busy on their own. Stages stop at the first that fails, as `&&` did.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

interface Part {
  name: string;
  command: string[];
  env?: Record<string, string>;
}

/** The vitest JSON report (CI) of each run gets a name of its own, so neither overwrites the other. */
const reportName = (run: string) => ({ VITEST_REPORT_NAME: `${process.env.VITEST_REPORT_NAME ?? 'all'}-${run}` });

const stages: Part[][] = [
  // Both only read sources; `typecheck` compiles the locales first, which the build then does again.
  [
    { name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
    { name: 'lint', command: ['npm', 'run', 'lint'] },
  ],
  [{ name: 'build', command: ['npm', 'run', 'build'] }],
  // The unit tests compile the locales again (their global setup), which only they read from here on.
  [
    { name: 'browser', command: ['npx', 'vitest', 'run', '--project', 'e2e', '--project', 'sync'], env: reportName('browser') },
    { name: 'node', command: ['npx', 'vitest', 'run', '--project', 'unit', '--project', 'tooling', '--project', 'api'], env: reportName('node') },
  ],
];

/** Runs one part, each line of its output marked with its name when it shares the screen. */
function run(part: Part, marked: boolean): Promise<boolean> {
  const [command, ...args] = part.command;
  const child = spawn(command!, args, { env: { ...process.env, ...part.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const mark = marked ? `[${part.name}] ` : '';
  createInterface({ input: child.stdout }).on('line', (line) => process.stdout.write(`${mark}${line}\n`));
  createInterface({ input: child.stderr }).on('line', (line) => process.stderr.write(`${mark}${line}\n`));
  return new Promise((resolve) => child.once('close', (code) => resolve(code === 0)));
}

const started = Date.now();
for (const stage of stages) {
  const stageStarted = Date.now();
  const results = await Promise.all(stage.map((part) => run(part, stage.length > 1)));
  const names = stage.map((part) => part.name).join(' + ');
  console.log(`::: ${names}: ${Math.round((Date.now() - stageStarted) / 1000)} s`);
  const failed = stage.filter((_, index) => !results[index]).map((part) => part.name);
  if (failed.length > 0) {
    console.error(`npm test: ${failed.join(', ')} failed`);
    process.exit(1);
  }
}
console.log(`npm test: everything passed in ${Math.round((Date.now() - started) / 1000)} s`);
