import { createContext, useContext, type ReactNode } from 'react';
import type { MappingContent } from '../../domain/mapping';
import type { MappingPart } from '../../domain/mapping-flow';

/**
 * Shows a person's answers read-only, part by part, with something after each part (the
 * guide's remarks). The app passes the participant's own review page, so staff read the
 * answers exactly as the person gave them — without this feature importing another.
 */
export type RenderAnswers = (content: MappingContent, afterPart?: (part: MappingPart) => ReactNode) => ReactNode;

export const AnswersViewContext = createContext<RenderAnswers | null>(null);

export function useAnswersView(): RenderAnswers {
  const renderAnswers = useContext(AnswersViewContext);
  if (!renderAnswers) throw new Error('useAnswersView outside the workspace');
  return renderAnswers;
}
