import type { Remark } from '../../domain/workspace-api';
import { useT } from '../../i18n/use-t';
import { useWhen } from '../../i18n/use-when';

interface Props {
  remark: Remark;
  inForce: boolean;
  /** In a column in the person's language: the label says the remark is in Norwegian. */
  inNorwegianNote?: boolean;
}

/** A guide's remark, set apart from the person's own words; the text as the guide wrote it. */
export function RemarkBox({ remark, inForce, inNorwegianNote = false }: Props) {
  const t = useT();
  const when = useWhen();
  const label = t(inNorwegianNote ? 'profile.remark.labelInNorwegian' : 'person.remark.label');
  return (
    <div className="remark" role="note" aria-label={label} data-in-force={inForce || undefined}>
      <p className="remark-label">
        {label}
        {inForce && <span className="badge">{t('person.remark.inForce')}</span>}
      </p>
      <p className="remark-text" lang="nb" dir="auto">
        {remark.text}
      </p>
      <p className="remark-by">
        {t('person.remark.by', { name: remark.writtenBy.name, date: when.date(remark.writtenAt), time: when.time(remark.writtenAt) })}
      </p>
    </div>
  );
}
