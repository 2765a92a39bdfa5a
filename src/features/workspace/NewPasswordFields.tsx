import { passwordSchema } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import type { FieldProblems } from './field-problems';
import { TextField } from './TextField';

export interface NewPassword {
  password: string;
  passwordAgain: string;
}

/** What is wrong with a chosen password: too short or long, or typed differently the second time. */
export function newPasswordProblems({ password, passwordAgain }: NewPassword): FieldProblems<keyof NewPassword> {
  if (!passwordSchema.safeParse(password).success) return { password: 'staff.problem.passwordLength' };
  if (password !== passwordAgain) return { passwordAgain: 'staff.problem.passwordsDiffer' };
  return {};
}

interface Props {
  formId: string;
  value: NewPassword;
  onChange: (value: NewPassword) => void;
  problems: FieldProblems<keyof NewPassword>;
}

/** Choosing a password: typed twice, so a slip of the finger does not lock the person out. */
export function NewPasswordFields({ formId, value, onChange, problems }: Props) {
  const t = useT();
  return (
    <>
      <TextField
        id={`${formId}-password`}
        type="password"
        autoComplete="new-password"
        label={t('staff.field.newPassword')}
        hint={t('staff.field.newPassword.hint')}
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        problem={problems.password && t(problems.password)}
      />
      <TextField
        id={`${formId}-passwordAgain`}
        type="password"
        autoComplete="new-password"
        label={t('staff.field.passwordAgain')}
        value={value.passwordAgain}
        onChange={(passwordAgain) => onChange({ ...value, passwordAgain })}
        problem={problems.passwordAgain && t(problems.passwordAgain)}
      />
    </>
  );
}
