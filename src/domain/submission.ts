import { birthYearProblem, type MappingContent } from './mapping';
import type { MappingStep } from './mapping-flow';

/**
 * The answers the information letter says are registered for everyone ("statsborgerskap,
 * kjønn og alder") and at least one language: everything else may be skipped. Returned in
 * the order the questions are asked, so the review can send the person to the first one.
 */
export function missingAnswers(content: MappingContent, currentYear: number): MappingStep[] {
  const missing: MappingStep[] = [];
  const { citizenship, gender, birthYear } = content.aboutYou;
  if (citizenship === null) missing.push('aboutYou.citizenship');
  if (gender === null) missing.push('aboutYou.gender');
  if (birthYear === null || birthYearProblem(birthYear, currentYear) !== null) missing.push('aboutYou.birthYear');
  if (!content.languages.some((entry) => entry.language !== null)) missing.push('languages.list');
  return missing;
}

type SubmitResult = { ok: true; content: MappingContent } | { ok: false; missing: MappingStep[] };

/** Marks the mapping submitted, once; a submitted mapping stays as it was submitted. */
export function submitMapping(content: MappingContent, now: Date): SubmitResult {
  if (content.submittedAt !== null) return { ok: true, content };
  const missing = missingAnswers(content, now.getFullYear());
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, content: { ...content, submittedAt: now.toISOString() } };
}
