import { describe, expect, it } from 'vitest';
import { emptyEntries, emptyMappingContent } from './mapping';
import {
  entryFields,
  entryStart,
  firstPosition,
  listPartOf,
  mappingSteps,
  nextPosition,
  previousPosition,
  progressOf,
  restorePosition,
  type Position,
} from './mapping-flow';

const noEntries = emptyMappingContent('nb');
const withLanguageA = { ...noEntries, languages: [emptyEntries.languages('a')] };

describe('the order of the questions', () => {
  it('walks every step forward and back, stopping at both ends', () => {
    let position: Position = firstPosition;
    const seen = [position.step];
    while (position.step !== 'review') {
      position = nextPosition(position);
      seen.push(position.step);
    }
    expect(seen).toEqual([...mappingSteps]);
    expect(nextPosition(position)).toEqual({ step: 'review' });
    expect(previousPosition(firstPosition)).toEqual(firstPosition);
    expect(previousPosition({ step: 'review' })).toEqual({ step: 'wishes.text' });
  });

  it('asks an entry question by question, then returns to its list', () => {
    let position = entryStart('work', 'job-1');
    const fields = [position.entry!.field];
    while (position.entry) {
      position = nextPosition(position);
      if (position.entry) fields.push(position.entry.field);
    }
    expect(fields).toEqual([...entryFields.work]);
    expect(position).toEqual({ step: 'work.list' });
    expect(previousPosition(entryStart('work', 'job-1'))).toEqual({ step: 'work.list' });
  });

  it('knows which steps are lists', () => {
    expect(listPartOf('work.list')).toBe('work');
    expect(listPartOf('activities.list')).toBe('activities');
    expect(listPartOf('activities.computerSkills')).toBeUndefined();
  });

  it('shows the part and the question number', () => {
    expect(progressOf(firstPosition)).toEqual({ stepNumber: 1, stepCount: 15, partNumber: 1 });
    expect(progressOf(entryStart('languages', 'x'))).toEqual({ stepNumber: 4, stepCount: 15, partNumber: 2 });
    expect(progressOf({ step: 'wishes.text' }).partNumber).toBe(7);
    expect(progressOf({ step: 'review' }).partNumber).toBeNull();
  });
});

describe('a position read back from storage', () => {
  it('is kept when it still fits the draft', () => {
    const position = { step: 'languages.list', entry: { part: 'languages', id: 'a', field: 'speak' } };
    expect(restorePosition(position, withLanguageA)).toEqual(position);
    expect(restorePosition({ step: 'wishes.goal' }, noEntries)).toEqual({ step: 'wishes.goal' });
  });

  it('falls back to the list when the entry is gone, and to the start when it makes no sense', () => {
    const position = { step: 'languages.list', entry: { part: 'languages', id: 'gone', field: 'speak' } };
    expect(restorePosition(position, noEntries)).toEqual({ step: 'languages.list' });
    expect(restorePosition({ step: 'work.list', entry: { part: 'languages', id: 'a', field: 'speak' } }, withLanguageA)).toEqual({ step: 'work.list' });
    expect(restorePosition({ step: 'languages.list', entry: { part: 'languages', id: 'a', field: 'nope' } }, withLanguageA)).toEqual({ step: 'languages.list' });
    expect(restorePosition({ step: 'nowhere' }, noEntries)).toEqual(firstPosition);
    expect(restorePosition(null, noEntries)).toEqual(firstPosition);
    expect(restorePosition('review', noEntries)).toEqual(firstPosition);
  });
});
