// Two or more builds side by side: a returning person's cold offline open of their question
// (as bench/responsiveness.ts measures it), alternating between the builds run by run, so a
// change of 100–200 ms shows through this machine's noise (±300 ms between separate runs).
// A tool for deciding whether a change helps; no budget, not part of npm run bench.
//   npx vite build --outDir /tmp/before   (on the commit before), then npm run build, then
//   BUILDS=/tmp/before,dist COLD_RUNS=8 npx tsx bench/compare-cold-open.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchKillableChromium } from '../tests/e2e/support/killable-chromium';
import { freePort, startKompassServer } from '../tests/e2e/support/kompass-server';
import { staffOf } from '../tests/e2e/support/workspace';
import { firstScreens, openCold, phonePage, startMidMapping } from './support/cold-open';
import { hostLoad, percentile } from './support/figures';
import { clipsKeptOffline, draftsDelivered } from './support/next-visit';

const builds = (process.env.BUILDS ?? '').split(',').filter(Boolean).map((build) => resolve(build));
const coldRuns = Number(process.env.COLD_RUNS ?? 8);
const cpuSlowdown = Number(process.env.CPU_SLOWDOWN ?? 4);
if (builds.length < 2) throw new Error('BUILDS must name two or more built apps, separated by commas (e.g. /tmp/before,dist)');

const workDir = mkdtempSync(join(tmpdir(), 'kompass-compare-'));
try {
  // Each build on its own address, so each has its own service worker and device database.
  const devices = [];
  for (const [index, build] of builds.entries()) {
    const server = await startKompassServer({ port: await freePort(), dataDir: join(workDir, `data-${index}`), staticDir: build });
    const profile = join(workDir, `profile-${index}`);
    try {
      await staffOf(server);
      const chromium = await launchKillableChromium(profile);
      try {
        const page = await phonePage(chromium);
        await startMidMapping(page, server.url);
        await clipsKeptOffline(page, 'nb');
        await draftsDelivered(page);
      } finally {
        await chromium.close();
      }
    } finally {
      await server.stop();
    }
    devices.push({ build, url: server.url, profile, interactive: [] as number[] });
  }
  for (let run = 0; run < coldRuns; run += 1) {
    // Each build goes first every other run.
    for (const device of run % 2 === 0 ? devices : [...devices].reverse()) {
      device.interactive.push((await openCold(device.profile, device.url, firstScreens.question, cpuSlowdown)).interactiveAt);
    }
  }
  console.log(`\nCold offline open of a returning person's question, CPU ×${cpuSlowdown}, ${coldRuns} alternating runs (${hostLoad()})`);
  for (const { build, interactive } of devices) {
    const sorted = [...interactive].sort((a, b) => a - b);
    const mean = interactive.reduce((sum, ms) => sum + ms, 0) / interactive.length;
    console.log(`  ${build}: p50 ${Math.round(percentile(sorted, 50))} ms, mean ${Math.round(mean)} ms, runs ${interactive.map(Math.round).join(', ')}`);
  }
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
