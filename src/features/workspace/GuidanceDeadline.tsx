import { guidanceStatus, type GuidanceState } from '../../domain/guidance-deadline';
import { useT } from '../../i18n/use-t';
import { localToday } from './today';
import { useCalendarDate } from '../../i18n/use-calendar-date';
import './records.css';

// Colour is never alone: each state also has a sign and its words.
const signs: Record<GuidanceState, string> = { overdue: '⚠\uFE0E', due_soon: '◷', on_time: '', completed: '✓' };

interface Props {
  settledOn: string;
  completedOn: string | null;
}

/** The county's three-month deadline for career guidance, and where the person stands against it. */
export function GuidanceDeadline({ settledOn, completedOn }: Props) {
  const t = useT();
  const calendarDate = useCalendarDate();
  const { deadline, daysLeft, state } = guidanceStatus({ settledOn, today: localToday(), completedOn });
  const standing =
    state === 'completed'
      ? t('advisor.guidance.completed', { date: calendarDate(completedOn!) })
      : daysLeft < 0
        ? t('advisor.guidance.overdue', { days: -daysLeft })
        : daysLeft === 0
          ? t('advisor.guidance.dueToday')
          : t('advisor.guidance.daysLeft', { days: daysLeft });
  return (
    <span className="guidance">
      <span>{t('advisor.guidance.deadline', { date: calendarDate(deadline) })}</span>{' '}
      <span className="guidance-standing" data-state={state}>
        {signs[state] && <span aria-hidden="true">{signs[state]} </span>}
        {standing}
      </span>
    </span>
  );
}
