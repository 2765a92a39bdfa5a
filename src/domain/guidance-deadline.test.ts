import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLeft, guidanceDeadline, guidanceStatus, isoDateSchema } from './guidance-deadline';

describe('guidance deadline', () => {
  it('is three calendar months after settlement', () => {
    expect(guidanceDeadline('2026-01-15')).toBe('2026-04-15');
    expect(guidanceDeadline('2026-10-01')).toBe('2027-01-01');
    expect(guidanceDeadline('2026-12-31')).toBe('2027-03-31');
  });

  it('falls on the last day of a shorter month', () => {
    expect(guidanceDeadline('2026-11-30')).toBe('2027-02-28');
    expect(guidanceDeadline('2026-05-31')).toBe('2026-08-31');
    expect(guidanceDeadline('2026-03-31')).toBe('2026-06-30');
  });

  it('knows leap years, including the century rules', () => {
    expect(guidanceDeadline('2023-11-30')).toBe('2024-02-29');
    expect(guidanceDeadline('2023-11-29')).toBe('2024-02-29');
    expect(guidanceDeadline('2099-11-30')).toBe('2100-02-28');
    expect(guidanceDeadline('1999-11-30')).toBe('2000-02-29');
    expect(guidanceDeadline('2024-02-29')).toBe('2024-05-29');
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => guidanceDeadline('2026-02-30')).toThrow(RangeError);
    expect(() => guidanceDeadline('30.11.2026')).toThrow(RangeError);
  });

  it('is always after settlement and at most 92 days later', () => {
    const someDay = fc.date({
      min: new Date('1980-01-01T00:00:00Z'),
      max: new Date('2999-12-31T00:00:00Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(someDay, (moment) => {
        const settledOn = moment.toISOString().slice(0, 10);
        const days = daysLeft(guidanceDeadline(settledOn), settledOn);
        expect(days).toBeGreaterThanOrEqual(89);
        expect(days).toBeLessThanOrEqual(92);
      }),
    );
  });
});

describe('days left', () => {
  it('counts down to 0 on the day and below 0 when overdue', () => {
    expect(daysLeft('2026-06-30', '2026-06-01')).toBe(29);
    expect(daysLeft('2026-06-30', '2026-06-30')).toBe(0);
    expect(daysLeft('2026-06-30', '2026-07-02')).toBe(-2);
    expect(daysLeft('2025-01-01', '2024-12-31')).toBe(1);
  });

  it('is not shifted by daylight saving time in Norway', () => {
    expect(daysLeft('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysLeft('2026-10-26', '2026-10-24')).toBe(2);
    expect(guidanceDeadline('2026-01-29')).toBe('2026-04-29');
  });

  it('counts the leap day', () => {
    expect(daysLeft('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysLeft('2023-03-01', '2023-02-28')).toBe(1);
  });
});

describe('guidance status', () => {
  const settledOn = '2026-01-15'; // deadline 2026-04-15

  it('is on time with more than 14 days left', () => {
    expect(guidanceStatus({ settledOn, today: '2026-03-31', completedOn: null })).toEqual({
      deadline: '2026-04-15',
      daysLeft: 15,
      state: 'on_time',
    });
  });

  it('is due soon from 14 days left until the deadline itself', () => {
    expect(guidanceStatus({ settledOn, today: '2026-04-01', completedOn: null }).state).toBe('due_soon');
    expect(guidanceStatus({ settledOn, today: '2026-04-15', completedOn: null })).toEqual({
      deadline: '2026-04-15',
      daysLeft: 0,
      state: 'due_soon',
    });
  });

  it('is overdue the day after the deadline', () => {
    expect(guidanceStatus({ settledOn, today: '2026-04-16', completedOn: null })).toEqual({
      deadline: '2026-04-15',
      daysLeft: -1,
      state: 'overdue',
    });
  });

  it('is completed once guidance is given, even after the deadline', () => {
    expect(guidanceStatus({ settledOn, today: '2026-05-01', completedOn: '2026-04-20' }).state).toBe('completed');
    expect(guidanceStatus({ settledOn, today: '2026-02-01', completedOn: '2026-02-01' }).state).toBe('completed');
  });
});

describe('ISO date schema', () => {
  it('accepts real calendar dates', () => {
    expect(isoDateSchema.parse('2026-02-28')).toBe('2026-02-28');
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
    expect(isoDateSchema.parse('2000-02-29')).toBe('2000-02-29');
  });

  it('refuses dates that do not exist or are not written YYYY-MM-DD', () => {
    const notDates = ['2026-02-30', '2025-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10'];
    const notYyyyMmDd = ['2026-1-5', '05.01.2026', '2026-01-05T00:00:00Z', '0999-01-01', ''];
    for (const text of [...notDates, ...notYyyyMmDd]) {
      expect(isoDateSchema.safeParse(text).success, text).toBe(false);
    }
    expect(isoDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
