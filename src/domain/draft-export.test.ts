import { describe, expect, it } from 'vitest';
import { draftExportFile } from './draft-export';
import { emptyMappingContent } from './mapping';

describe('a draft saved as a file', () => {
  it('holds the whole draft and the server’s reason, under a name that tells drafts apart', () => {
    const content = { ...emptyMappingContent('ti'), wishes: { goal: null, areas: [], text: 'ሓኪም' } };
    const draft = { id: '0193a1b2-0000-7000-8000-000000000001', revision: 7, sentRevision: 5, content };
    const problem = { status: 400, message: 'Invalid', fields: [{ path: 'content.aboutYou.gender', message: 'Invalid option' }] };
    const file = draftExportFile(draft, problem, new Date('2026-11-23T12:00:00.000Z'));
    expect(file.name).toBe('kompass-0193a1b2-7.json');
    expect(JSON.parse(file.text)).toEqual({ format: 'kompass-draft', version: 1, exportedAt: '2026-11-23T12:00:00.000Z', draft, problem });
  });
});
