import { describe, expect, it } from 'vitest';
import { runBench } from './support/bench';
import { appLocaleCodes } from '../../src/domain/app-locales';

// Benchmarks are not measured in npm test (the machine is shared and noisy), but they must
// still run: a bench that breaks unnoticed reports nothing when it is needed.
describe('benchmarks', () => {
  it('bundle-size runs against the built app and prints every figure', () => {
    const output = runBench('bundle-size.ts');
    // The table: each file with what it is, raw and gzip KB, and whether it is precached.
    expect(output).toMatch(/assets\/index-[\w-]+\.js +entry +\d+\.\d +\d+\.\d +yes/);
    expect(output).toMatch(/assets\/messages-nb-[\w-]+\.js +locale +\d+\.\d +\d+\.\d +yes/);
    expect(output).toMatch(/assets\/staff-messages-ar-[\w-]+\.js +staff locale +\d+\.\d +\d+\.\d +yes/);
    expect(output).toMatch(/assets\/noto-sans-ethiopic-ethiopic-400-normal-[\w-]+\.woff2 +font +\d+\.\d +\d+\.\d +no/);
    const figure = (what: string, budget = '') => new RegExp(`${what.replace(/[()+]/g, '\\$&')} +\\d+(\\.\\d)? KB${budget && ` +budget ≤ ${budget} KB: (met|NOT met)`}`);
    expect(output).toMatch(figure('first screen: HTML + entry JS + CSS + nb messages, gzip', '150'));
    expect(output).toMatch(figure('largest further locale (participant messages), gzip', '15'));
    expect(output).toMatch(figure('largest staff locale (loaded when a staff screen opens), gzip'));
    for (const code of appLocaleCodes) expect(output).toMatch(figure(`precache for ${code}, gzip`));
    expect(output).toMatch(figure('precache for one language, worst, gzip', '600'));
    expect(output).toMatch(figure('whole precache (all languages, no fonts), gzip'));
    expect(output).toMatch(figure('fonts for Ethiopic (woff2, regular + bold)'));
    expect(output).toMatch(/fr +\d+ clips +\d+\.\d KB/);
  });

  it('autosave runs in Chromium and prints its figures', () => {
    const output = runBench('autosave.ts', { KEYSTROKES: '5', KEY_INTERVAL_MS: '50', LEAVES: '2' });
    for (const figure of ['p50', 'p95', 'max']) expect(output).toMatch(new RegExp(`keystroke to IndexedDB, ${figure} +[\\d.]+ ms`));
    expect(output).toMatch(/keystrokes that never landed +\d+ keys/);
    expect(output).toMatch(/writes landing out of order +\d+ writes/);
    expect(output).toMatch(/page left at once \(pagehide\), lost +\d+ keys .*\(2 tries\)/);
  });
});
