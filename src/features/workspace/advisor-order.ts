import { guidanceDeadline } from '../../domain/guidance-deadline';
import type { PersonSummary } from '../../domain/workspace-api';

/**
 * The advisor's order: whoever still waits for guidance, by deadline, so the most overdue come
 * first; then those whose guidance is done.
 */
export function byGuidanceDeadline(persons: PersonSummary[]): PersonSummary[] {
  const key = (person: PersonSummary) =>
    `${person.guidanceCompletedOn === null ? 0 : 1}${guidanceDeadline(person.settledOn)}${person.name}`;
  return [...persons].sort((a, b) => key(a).localeCompare(key(b)));
}
