import { useState, type FormEvent } from 'react';
import { counties } from '../../domain/areas';
import { staffRoles } from '../../domain/access';
import { inviteStaffBodySchema } from '../../domain/workspace-api';
import type { StaffRole } from '../../domain/access';
import { useT } from '../../i18n/use-t';
import { useInviteStaff } from './api/invite-staff';
import { focusFirstProblem, problemsOf, refusesAField, schemaFields, serverProblems, type FieldProblems } from './field-problems';
import { InvitationLink } from './InvitationLink';
import { TextField } from './TextField';
import { useApiErrorText } from './use-api-error-text';

type Field = 'name' | 'email' | 'municipality' | 'county';
const messages = {
  name: 'staff.problem.name',
  email: 'staff.problem.email',
  municipality: 'admin.problem.municipality',
  county: 'admin.problem.county',
} as const;
const empty = { name: '', email: '', role: 'guide' as StaffRole, municipality: '', county: '' };
const countyList = Object.entries(counties);

/** A new account for a guide (in a municipality), a career advisor (in a county) or an administrator. */
export function InviteStaffForm() {
  const t = useT();
  const errorText = useApiErrorText();
  const invitation = useInviteStaff();
  const [fields, setFields] = useState(empty);
  const [problems, setProblems] = useState<FieldProblems<Field>>({});
  const change = (field: keyof typeof empty) => (value: string) => setFields({ ...fields, [field]: value });

  const refused = (found: FieldProblems<Field>) => {
    setProblems(found);
    focusFirstProblem('invite-staff', found);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { name, email, role, municipality, county } = fields;
    const area = role === 'guide' ? { role, municipality } : role === 'advisor' ? { role, county } : { role };
    const checked = inviteStaffBodySchema.safeParse({ name, email, ...area });
    if (!checked.success) return refused(problemsOf(schemaFields(checked.error), messages));
    setProblems({});
    invitation.mutate(checked.data, {
      onSuccess: () => setFields(empty),
      onError: (error) => refused(serverProblems(error, messages)),
    });
  };

  return (
    <section aria-labelledby="invite-staff-title">
      <h2 id="invite-staff-title">{t('admin.invite.title')}</h2>
      <form noValidate onSubmit={submit}>
        <TextField id="invite-staff-name" autoComplete="off" label={t('staff.field.name')} value={fields.name} onChange={change('name')} problem={problems.name && t(problems.name)} />
        <TextField
          id="invite-staff-email"
          type="email"
          autoComplete="off"
          label={t('staff.field.email')}
          value={fields.email}
          onChange={change('email')}
          problem={problems.email && t(problems.email)}
        />
        <fieldset className="field">
          <legend className="field-label">{t('admin.invite.role')}</legend>
          <div className="choices">
            {staffRoles.map((role) => (
              <label key={role} className="choice">
                <input type="radio" name="invite-staff-role" value={role} checked={fields.role === role} onChange={() => change('role')(role)} />
                {t(`staff.role.${role}`)}
              </label>
            ))}
          </div>
        </fieldset>
        {fields.role === 'guide' && (
          <TextField
            id="invite-staff-municipality"
            inputMode="numeric"
            autoComplete="off"
            label={t('admin.invite.municipality')}
            hint={t('admin.invite.municipality.hint')}
            value={fields.municipality}
            onChange={change('municipality')}
            problem={problems.municipality && t(problems.municipality)}
          />
        )}
        {fields.role === 'advisor' && (
          <div className="field">
            <label className="field-label" htmlFor="invite-staff-county">
              {t('admin.invite.county')}
            </label>
            <select
              id="invite-staff-county"
              value={fields.county}
              onChange={(event) => change('county')(event.target.value)}
              aria-invalid={problems.county ? true : undefined}
              aria-describedby={problems.county && 'invite-staff-county-problem'}
            >
              <option value="">{t('admin.invite.county.choose')}</option>
              {countyList.map(([number, name]) => (
                <option key={number} value={number}>
                  {name}
                </option>
              ))}
            </select>
            {problems.county && (
              <p className="field-error" id="invite-staff-county-problem">
                {t(problems.county)}
              </p>
            )}
          </div>
        )}
        {invitation.isError && !refusesAField(invitation.error) && (
          <p className="notice notice-alert" role="alert">
            {errorText(invitation.error)}
          </p>
        )}
        <button type="submit" className="button-primary" disabled={invitation.isPending}>
          {t('admin.invite.submit')}
        </button>
      </form>
      {invitation.data && <InvitationLink invitation={invitation.data} />}
    </section>
  );
}
