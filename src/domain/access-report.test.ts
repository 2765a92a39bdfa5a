import { describe, expect, it } from 'vitest';
import { accessKindOf, accessReportEntries, type AccessLogGroup } from './access-report';

const group = (fields: Partial<AccessLogGroup>): AccessLogGroup => ({
  day: '2026-11-30',
  lastAt: '2026-11-30T09:00:00.000Z',
  count: 1,
  staffId: 'a',
  staffName: 'Kari Veileder',
  role: 'guide',
  area: '4601',
  action: 'read_person',
  outcome: 'allowed',
  purpose: null,
  ...fields,
});

describe('the access report', () => {
  it('names what staff did in plain kinds, and a refusal as a refusal whatever was tried', () => {
    expect(accessKindOf('read_mapping', 'allowed')).toBe('looked_at');
    expect(accessKindOf('write_mapping', 'allowed')).toBe('changed');
    expect(accessKindOf('write_remark', 'denied')).toBe('refused');
    expect(accessKindOf('register_person', 'failed')).toBe('looked_at');
    expect(accessKindOf('something_new', 'allowed')).toBe('other');
    expect(accessKindOf('toString', 'allowed')).toBe('other');
  });

  it('leaves out what is not staff handling the data (failed log-ins, lock-outs)', () => {
    expect(accessKindOf('log_in', 'failed')).toBeNull();
    expect(accessKindOf('log_in', 'locked')).toBeNull();
  });

  it('merges one person’s looks of a day into one line with a count and the last time, newest first', () => {
    const entries = accessReportEntries([
      group({ action: 'read_person', count: 2, lastAt: '2026-11-30T09:00:00.000Z' }),
      group({ action: 'read_mapping', count: 1, lastAt: '2026-11-30T11:00:00.000Z' }),
      group({ action: 'write_remark', lastAt: '2026-11-30T10:00:00.000Z' }),
      group({ day: '2026-12-01', action: 'read_person', staffId: 'b', staffName: 'Ola Rådgiver', role: 'advisor', area: '46', lastAt: '2026-12-01T08:00:00.000Z' }),
      group({ day: '2026-12-01', action: 'log_in', outcome: 'failed' }),
    ]);
    expect(entries.map(({ day, kind, count, lastAt, staffName }) => ({ day, kind, count, lastAt, staffName }))).toEqual([
      { day: '2026-12-01', kind: 'looked_at', count: 1, lastAt: '2026-12-01T08:00:00.000Z', staffName: 'Ola Rådgiver' },
      { day: '2026-11-30', kind: 'looked_at', count: 3, lastAt: '2026-11-30T11:00:00.000Z', staffName: 'Kari Veileder' },
      { day: '2026-11-30', kind: 'wrote_remark', count: 1, lastAt: '2026-11-30T10:00:00.000Z', staffName: 'Kari Veileder' },
    ]);
  });

  it('keeps apart what was done for different purposes', () => {
    const entries = accessReportEntries([group({ purpose: 'print' }), group({ purpose: null })]);
    expect(entries.map((entry) => entry.purpose).sort()).toEqual([null, 'print'].sort());
  });
});
