import { useState, type FormEvent } from 'react';
import { auditSearchBodySchema, type AuditSearchBody } from '../../domain/audit-api';
import { useT } from '../../i18n/use-t';
import { namedAuditActions, useAuditWords } from './audit-words';
import { focusFirstProblem, problemsOf, schemaFields, type FieldProblems } from './field-problems';
import { TextField } from './TextField';

type Field = 'dufNumber' | 'staffEmail' | 'to';
const messages = { dufNumber: 'audit.problem.dufNumber', staffEmail: 'audit.problem.staffEmail', to: 'audit.problem.dates' } as const;
const empty = { dufNumber: '', staffEmail: '', action: '', from: '', to: '' };

/** A day on the device's calendar (YYYY-MM-DD) as the moment it starts; `next` for the moment it ends. */
const startOf = (day: string, next = false) => {
  const start = new Date(`${day}T00:00`);
  if (next) start.setDate(start.getDate() + 1);
  return start.toISOString();
};

/** What to look for: a person's DUF number, a member of staff, an action and days, each optional. */
export function AuditSearchForm({ onSearch }: { onSearch: (body: AuditSearchBody) => void }) {
  const t = useT();
  const words = useAuditWords();
  const [fields, setFields] = useState(empty);
  const [problems, setProblems] = useState<FieldProblems<Field>>({});
  const change = (field: keyof typeof empty) => (value: string) => setFields({ ...fields, [field]: value });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { dufNumber, staffEmail, action, from, to } = fields;
    const body: AuditSearchBody = {
      ...(dufNumber.trim() ? { dufNumber } : {}),
      ...(staffEmail.trim() ? { staffEmail } : {}),
      ...(action ? { action } : {}),
      ...(from ? { from: startOf(from) } : {}),
      ...(to ? { to: startOf(to, true) } : {}),
    };
    const checked = auditSearchBodySchema.safeParse(body);
    const found = checked.success ? {} : problemsOf(schemaFields(checked.error), messages);
    if (from && to && to < from) found.to = messages.to;
    setProblems(found);
    if (Object.keys(found).length > 0) return focusFirstProblem('audit-search', found);
    onSearch(body);
  };

  return (
    <section aria-labelledby="audit-search-title">
      <h2 id="audit-search-title">{t('audit.search.title')}</h2>
      <form noValidate className="audit-search" onSubmit={submit}>
        <TextField
          id="audit-search-dufNumber"
          inputMode="numeric"
          autoComplete="off"
          label={t('audit.field.dufNumber')}
          value={fields.dufNumber}
          onChange={change('dufNumber')}
          problem={problems.dufNumber && t(problems.dufNumber)}
        />
        <TextField
          id="audit-search-staffEmail"
          type="email"
          autoComplete="off"
          label={t('audit.field.staffEmail')}
          value={fields.staffEmail}
          onChange={change('staffEmail')}
          problem={problems.staffEmail && t(problems.staffEmail)}
        />
        <div className="field">
          <label className="field-label" htmlFor="audit-search-action">
            {t('audit.field.action')}
          </label>
          <select id="audit-search-action" value={fields.action} onChange={(event) => change('action')(event.target.value)}>
            <option value="">{t('audit.field.anyAction')}</option>
            {namedAuditActions.map((action) => (
              <option key={action} value={action}>
                {words.action(action)}
              </option>
            ))}
          </select>
        </div>
        <TextField id="audit-search-from" type="date" label={t('audit.field.from')} value={fields.from} onChange={change('from')} />
        <TextField id="audit-search-to" type="date" label={t('audit.field.to')} value={fields.to} onChange={change('to')} problem={problems.to && t(problems.to)} />
        <button type="submit">{t('audit.search.submit')}</button>
      </form>
    </section>
  );
}
