import type { Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';
import { compileHints } from '../../scripts/compile-hints';

const chunk = (name: string, isEntry: boolean): Rolldown.OutputChunk =>
  ({ type: 'chunk', name, isEntry, fileName: `assets/${name}-hash.js`, code: 'const __vite__mapDeps=()=>[];\nexport const a = () => 1;' }) as Rolldown.OutputChunk;

function built(names: RegExp, chunks: Rolldown.OutputChunk[]): Record<string, string> {
  const bundle = Object.fromEntries(chunks.map((one) => [one.fileName, one])) as Rolldown.OutputBundle;
  const hook = compileHints(names).generateBundle as { handler: (this: unknown, options: unknown, bundle: Rolldown.OutputBundle) => void };
  hook.handler.call({}, {}, bundle);
  return Object.fromEntries(chunks.map((one) => [one.name, one.code]));
}

describe('compile hints', () => {
  it("go on the first line of the entry and the named chunks, ahead of Vite's dependency map, and nowhere else", () => {
    const code = built(/^(ParticipantFlow)$/, [chunk('index', true), chunk('ParticipantFlow', false), chunk('WorkspaceScreen', false)]);
    expect(code.index!.split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
    expect(code.ParticipantFlow!.split('\n').slice(0, 2)).toEqual(['//# allFunctionsCalledOnLoad', 'const __vite__mapDeps=()=>[];']);
    expect(code.WorkspaceScreen).not.toContain('allFunctionsCalledOnLoad');
  });
});
