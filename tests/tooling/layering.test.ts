import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((message) => message.ruleId ?? 'parse-error');
}

describe('layering rules', () => {
  it('keeps React, Dexie, fetch and the clock out of src/domain', async () => {
    const code = [
      "import { useState } from 'react';",
      "import Dexie from 'dexie';",
      "import { openKompassDatabase } from '../offline/db';",
      'export const probe = [useState, Dexie, openKompassDatabase, fetch, Date.now()];',
    ].join('\n');
    const rules = await ruleIdsFor('src/domain/probe.ts', code);
    expect(rules.filter((rule) => rule === 'no-restricted-imports')).toHaveLength(3);
    expect(rules).toContain('no-restricted-globals');
    expect(rules).toContain('no-restricted-syntax');
  });

  it('lets the domain import zod and its own modules', async () => {
    const code = "import { z } from 'zod';\nimport { genders } from './mapping';\nexport const probe = [z, genders];\n";
    expect(await ruleIdsFor('src/domain/probe.ts', code)).toEqual([]);
  });

  it('keeps a feature out of the app shell and out of other features', async () => {
    const code = [
      "import { App } from '../../app/App';",
      "import { LanguageSwitch } from '../language/LanguageSwitch';",
      "import { createAutosaver } from '../../offline/autosaver';",
      'export const probe = [App, LanguageSwitch, createAutosaver];',
    ].join('\n');
    const rules = await ruleIdsFor('src/features/mapping/probe.ts', code);
    expect(rules).toEqual(['no-restricted-imports', 'no-restricted-imports']);
  });
});
