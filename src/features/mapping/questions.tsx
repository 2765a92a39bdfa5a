import { useState } from 'react';
import { entryAnswer } from '../../domain/answers';
import type { Citizenship, CountryCode } from '../../domain/countries';
import { updateEntry } from '../../domain/entry-list';
import type { IscoUnitGroupCode } from '../../domain/isco-08';
import type { LanguageCode } from '../../domain/language-codes';
import {
  activityKinds,
  birthYearProblem,
  drivingLicenceClasses,
  earliestBirthYear,
  employmentKinds,
  genders,
  goals,
  iscedLevels,
  skillLevels,
  textLimits,
  workAreas,
  type ListPart,
  type MappingContent,
  type SkillLevel,
} from '../../domain/mapping';
import type { EntryField, Position } from '../../domain/mapping-flow';
import { useT } from '../../i18n/use-t';
import type { MessageId } from '../../i18n/message-id';
import { Alongside, AlongsideText } from '../../ui/Alongside';
import { Choices, type ChoiceOption } from '../../ui/Choices';
import { NumberAnswer } from '../../ui/NumberAnswer';
import { Question } from '../../ui/Question';
import { SearchPicker } from '../../ui/SearchPicker';
import { TextAnswer } from '../../ui/TextAnswer';
import { areaPictures, pictures, SkillPicture } from './pictures';
import { commonCountries, commonLanguages, commonOccupations, useCodeLists } from './use-code-lists';

interface Props {
  content: MappingContent;
  position: Position;
  onChange: (content: MappingContent) => void;
  /** Set when the person tried to go on without answering a question that must be answered. */
  requiredError: boolean;
  currentYear: number;
}

const skillOptions: ChoiceOption<(typeof skillLevels)[number]>[] = skillLevels.map((level) => ({
  value: level,
  label: `mapping.skill.${level}`,
  icon: <SkillPicture level={level} />,
}));
const yesNoOptions: ChoiceOption<'yes' | 'no'>[] = [
  { value: 'yes', label: 'mapping.yes', icon: pictures.yes },
  { value: 'no', label: 'mapping.no', icon: pictures.no },
];
const areaOptions = workAreas.map((area) => ({ value: area, label: `mapping.area.${area}` as const, icon: areaPictures[area] }));

function toggled<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
}

/** One question of the mapping (not a list screen), as its own screen. */
export function QuestionScreen({ content, position, onChange, requiredError, currentYear }: Props) {
  const t = useT();
  const requiredMessage = requiredError ? t('mapping.nav.answerRequired') : null;

  if (position.entry) {
    return <EntryQuestion content={content} part={position.entry.part} id={position.entry.id} field={position.entry.field} onChange={onChange} />;
  }
  const { aboutYou, activities, interests, wishes } = content;
  switch (position.step) {
    case 'aboutYou.citizenship':
      return (
        <CountryQuestion
          title="mapping.aboutYou.citizenship.label"
          value={aboutYou.citizenship}
          extra={['stateless', 'unknown']}
          error={requiredMessage}
          onChange={(citizenship) => onChange({ ...content, aboutYou: { ...aboutYou, citizenship } })}
        />
      );
    case 'aboutYou.gender':
      return (
        <OneOf
          title="mapping.aboutYou.gender.label"
          error={requiredMessage}
          options={genders.map((gender) => ({ value: gender, label: `mapping.aboutYou.gender.${gender}` as const }))}
          value={aboutYou.gender}
          onChange={(gender) => onChange({ ...content, aboutYou: { ...aboutYou, gender } })}
        />
      );
    case 'aboutYou.birthYear':
      return <BirthYearQuestion content={content} onChange={onChange} requiredError={requiredError} currentYear={currentYear} />;
    case 'activities.drivingLicence':
      return (
        <Question title="mapping.activities.drivingLicence.label">
          {({ titleId, describedBy }) => (
            <>
              <YesNo
                labelledBy={titleId}
                describedBy={describedBy}
                value={activities.hasDrivingLicence}
                onChange={(hasDrivingLicence) =>
                  onChange({
                    ...content,
                    activities: {
                      ...activities,
                      hasDrivingLicence,
                      drivingLicenceClasses: hasDrivingLicence ? activities.drivingLicenceClasses : [],
                    },
                  })
                }
              />
              {activities.hasDrivingLicence && <LicenceClasses content={content} onChange={onChange} />}
            </>
          )}
        </Question>
      );
    case 'activities.computerSkills':
      return (
        <OneOf
          title="mapping.activities.computerSkills.label"
          options={skillOptions}
          value={activities.computerSkills}
          onChange={(computerSkills) => onChange({ ...content, activities: { ...activities, computerSkills } })}
        />
      );
    case 'interests.areas':
    case 'wishes.areas': {
      const key = position.step === 'interests.areas' ? 'interests' : 'wishes';
      const selected = content[key].areas;
      return (
        <Question title={`mapping.${key}.areas.label`} hint="mapping.chooseMany">
          {({ titleId, describedBy }) => (
            <Choices
              multiple
              labelledBy={titleId}
              describedBy={describedBy}
              options={areaOptions}
              selected={selected}
              onToggle={(area) => onChange({ ...content, [key]: { ...content[key], areas: toggled(selected, area) } })}
            />
          )}
        </Question>
      );
    }
    case 'interests.other':
      return (
        <FreeText
          title="mapping.interests.other.label"
          value={interests.other}
          onChange={(other) => onChange({ ...content, interests: { ...interests, other } })}
        />
      );
    case 'wishes.goal':
      return (
        <OneOf
          title="mapping.wishes.goal.label"
          options={goals.map((goal) => ({ value: goal, label: `mapping.wishes.goal.${goal}` as const, icon: pictures[goal] }))}
          value={wishes.goal}
          onChange={(goal) => onChange({ ...content, wishes: { ...wishes, goal } })}
        />
      );
    case 'wishes.text':
      return (
        <FreeText
          title="mapping.wishes.text.label"
          value={wishes.text}
          onChange={(text) => onChange({ ...content, wishes: { ...wishes, text } })}
        />
      );
    default:
      return null;
  }
}

function BirthYearQuestion({ content, onChange, requiredError, currentYear }: Omit<Props, 'position'>) {
  const t = useT();
  const [touched, setTouched] = useState(false);
  const { birthYear } = content.aboutYou;
  const problem = birthYearProblem(birthYear, currentYear);
  const showProblem = problem !== null && (touched || requiredError || String(birthYear).length >= 4);
  const error = showProblem
    ? problem === 'too_early'
      ? t('mapping.aboutYou.birthYear.tooEarly', { earliest: String(earliestBirthYear) })
      : t('mapping.aboutYou.birthYear.inFuture', { currentYear: String(currentYear) })
    : requiredError && birthYear === null
      ? t('mapping.nav.answerRequired')
      : null;
  return (
    <Question title="mapping.aboutYou.birthYear.label" hint="mapping.aboutYou.birthYear.hint" error={error}>
      {({ titleId, describedBy, invalid }) => (
        <span onBlur={() => setTouched(true)}>
          <NumberAnswer
            labelledBy={titleId}
            describedBy={describedBy}
            invalid={invalid}
            value={birthYear}
            maxDigits={4}
            onChange={(value) => onChange({ ...content, aboutYou: { ...content.aboutYou, birthYear: value } })}
          />
        </span>
      )}
    </Question>
  );
}

function LicenceClasses({ content, onChange }: Pick<Props, 'content' | 'onChange'>) {
  const t = useT();
  const { activities } = content;
  const selected = activities.drivingLicenceClasses;
  return (
    <div className="follow-up">
      <h3 id="licence-classes">
        {t('mapping.activities.drivingLicence.classes')}
        <Alongside id="mapping.activities.drivingLicence.classes" />
      </h3>
      <p className="field-hint" id="licence-classes-hint">
        {t('mapping.activities.drivingLicence.classesHint')}
        <Alongside id="mapping.activities.drivingLicence.classesHint" />
      </p>
      <div role="group" aria-labelledby="licence-classes" aria-describedby="licence-classes-hint" className="choices">
        {drivingLicenceClasses.map((licenceClass) => (
          <label key={licenceClass} className="choice choice-small" dir="ltr">
            <input
              type="checkbox"
              checked={selected.includes(licenceClass)}
              onChange={() =>
                onChange({ ...content, activities: { ...activities, drivingLicenceClasses: toggled(selected, licenceClass) } })
              }
            />
            <span>{licenceClass}</span>
          </label>
        ))}
      </div>
    </div>
  );
}

/** A question answered by choosing one of a few tiles. */
function OneOf<T extends string>(props: {
  title: MessageId;
  options: readonly ChoiceOption<T>[];
  value: T | null;
  onChange: (value: T) => void;
  error?: string | null;
}) {
  return (
    <Question title={props.title} error={props.error}>
      {({ titleId, describedBy }) => (
        <Choices
          labelledBy={titleId}
          describedBy={describedBy}
          options={props.options}
          selected={props.value ? [props.value] : []}
          onToggle={props.onChange}
        />
      )}
    </Question>
  );
}

/** A short answer in the person's own words (a field of study, an occupation). */
function ShortText({ title, hint, value, onChange }: { title: MessageId; hint: MessageId; value: string; onChange: (value: string) => void }) {
  return (
    <Question title={title} hint={hint}>
      {({ titleId, describedBy }) => (
        <TextAnswer labelledBy={titleId} describedBy={describedBy} value={value} maxLength={textLimits.short} onChange={onChange} />
      )}
    </Question>
  );
}

function YesNo(props: { labelledBy: string; describedBy?: string; value: boolean | null; onChange: (value: boolean) => void }) {
  return (
    <Choices
      labelledBy={props.labelledBy}
      describedBy={props.describedBy}
      options={yesNoOptions}
      selected={props.value === null ? [] : [props.value ? 'yes' : 'no']}
      onToggle={(answer) => props.onChange(answer === 'yes')}
    />
  );
}

/** A long answer in the person's own words. */
function FreeText({ title, value, onChange }: { title: MessageId; value: string; onChange: (value: string) => void }) {
  return (
    <Question title={title} hint="mapping.freeText.hint">
      {({ titleId, describedBy }) => (
        <TextAnswer labelledBy={titleId} describedBy={describedBy} value={value} long maxLength={textLimits.long} onChange={onChange} />
      )}
    </Question>
  );
}

function CountryQuestion<C extends Citizenship>(props: {
  title: MessageId;
  value: C | null;
  extra?: readonly ('stateless' | 'unknown')[];
  error?: string | null;
  onChange: (value: C) => void;
}) {
  const t = useT();
  const codeLists = useCodeLists();
  const extra = props.extra ?? [];
  const nameOf = (code: Citizenship) =>
    code === 'stateless' || code === 'unknown' ? t(`mapping.aboutYou.citizenship.${code}`) : codeLists.countryName(code);
  const alongsideOf = (code: Citizenship) =>
    code === 'stateless' || code === 'unknown' ? (
      <Alongside id={`mapping.aboutYou.citizenship.${code}`} />
    ) : (
      <AlongsideText text={codeLists.norwegianCountryName(code)} original={codeLists.countryName(code)} />
    );
  return (
    <Question title={props.title} error={props.error}>
      {({ titleId, describedBy }) => (
        <SearchPicker<Citizenship>
          labelledBy={titleId}
          describedBy={describedBy}
          items={codeLists.countries}
          common={[...commonCountries, ...extra]}
          value={props.value}
          nameOf={nameOf}
          alongsideOf={alongsideOf}
          onChange={(code) => props.onChange(code as C)}
        />
      )}
    </Question>
  );
}

function YearsQuestion({ title, value, max, onChange }: { title: MessageId; value: number | null; max: number; onChange: (value: number | null) => void }) {
  const t = useT();
  const invalid = value !== null && value > max;
  return (
    <Question title={title} hint="mapping.years.hint" error={invalid ? t('mapping.years.invalid', { max: String(max) }) : null}>
      {({ titleId, describedBy }) => (
        <NumberAnswer labelledBy={titleId} describedBy={describedBy} invalid={invalid} value={value} maxDigits={2} onChange={onChange} />
      )}
    </Question>
  );
}

interface EntryProps {
  content: MappingContent;
  part: ListPart;
  id: string;
  field: EntryField;
  onChange: (content: MappingContent) => void;
}

/** One question about one entry of a list (one language, one school, one job, one activity). */
function EntryQuestion({ content, part, id, field, onChange }: EntryProps) {
  const codeLists = useCodeLists();
  const value = entryAnswer(content, { part, id, field });
  const set = (change: Record<string, unknown>) => onChange(updateEntry(content, part, id, change));
  const title = `mapping.${part}.${field}.label` as MessageId;

  switch (`${part}.${field}`) {
    case 'languages.language':
      return (
        <Question title={title}>
          {({ titleId, describedBy }) => (
            <SearchPicker<LanguageCode>
              labelledBy={titleId}
              describedBy={describedBy}
              items={codeLists.languages}
              common={commonLanguages}
              value={value as LanguageCode | null}
              nameOf={codeLists.languageName}
              alongsideOf={(code) => <AlongsideText text={codeLists.norwegianLanguageName(code)} original={codeLists.languageName(code)} />}
              onChange={(language) => set({ language })}
            />
          )}
        </Question>
      );
    case 'languages.motherTongue':
    case 'schooling.completed':
    case 'schooling.documentation':
      return (
        <OneOf
          title={title}
          options={yesNoOptions}
          value={value === null || value === undefined ? null : value ? 'yes' : 'no'}
          onChange={(answer) => set({ [field]: answer === 'yes' })}
        />
      );
    case 'languages.understand':
    case 'languages.speak':
    case 'languages.read':
    case 'languages.write':
      return <OneOf title={title} options={skillOptions} value={value as SkillLevel | null} onChange={(level) => set({ [field]: level })} />;
    case 'schooling.level':
      return (
        <OneOf
          title={title}
          options={iscedLevels.map((level) => ({ value: level, label: `mapping.isced.${level}` as const }))}
          value={value as (typeof iscedLevels)[number] | null}
          onChange={(level) => set({ level })}
        />
      );
    case 'schooling.field':
      return <ShortText title={title} hint="mapping.schooling.field.hint" value={value as string} onChange={(text) => set({ field: text })} />;
    case 'schooling.country':
    case 'work.country':
      return <CountryQuestion<CountryCode> title={title} value={value as CountryCode | null} onChange={(country) => set({ country })} />;
    case 'schooling.years':
      return <YearsQuestion title={title} value={value as number | null} max={30} onChange={(years) => set({ years })} />;
    case 'work.years':
    case 'activities.years':
      return <YearsQuestion title={title} value={value as number | null} max={70} onChange={(years) => set({ years })} />;
    case 'work.occupation':
      return <ShortText title={title} hint="mapping.work.occupation.hint" value={value as string} onChange={(occupation) => set({ occupation })} />;
    case 'work.isco':
      return (
        <Question title={title} hint="mapping.work.isco.hint">
          {({ titleId, describedBy }) => (
            <SearchPicker<IscoUnitGroupCode>
              labelledBy={titleId}
              describedBy={describedBy}
              items={codeLists.occupations}
              common={commonOccupations}
              value={value as IscoUnitGroupCode | null}
              nameOf={codeLists.occupationTitle}
              alongsideOf={(code) => <AlongsideText text={codeLists.norwegianOccupationTitle(code)} original={codeLists.occupationTitle(code)} />}
              onChange={(isco) => set({ isco })}
            />
          )}
        </Question>
      );
    case 'work.employment':
      return (
        <OneOf
          title={title}
          options={employmentKinds.map((kind) => ({ value: kind, label: `mapping.work.employment.${kind}` as const, icon: pictures[kind] }))}
          value={value as (typeof employmentKinds)[number] | null}
          onChange={(employment) => set({ employment })}
        />
      );
    case 'work.tasks':
      return <FreeText title={title} value={value as string} onChange={(tasks) => set({ tasks })} />;
    case 'activities.kind':
      return (
        <OneOf
          title={title}
          options={activityKinds.map((kind) => ({ value: kind, label: `mapping.activities.kind.${kind}` as const, icon: pictures[kind] }))}
          value={value as (typeof activityKinds)[number] | null}
          onChange={(kind) => set({ kind })}
        />
      );
    case 'activities.description':
      return <FreeText title={title} value={value as string} onChange={(description) => set({ description })} />;
    default:
      return null;
  }
}
