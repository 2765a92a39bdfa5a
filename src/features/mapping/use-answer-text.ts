import type { Citizenship, CountryCode } from '../../domain/countries';
import type { EntriesOf } from '../../domain/entry-list';
import type { IscoUnitGroupCode } from '../../domain/isco-08';
import type { LanguageCode } from '../../domain/language-codes';
import type { ListPart } from '../../domain/mapping';
import type { EntryField, MappingStep } from '../../domain/mapping-flow';
import { isAnswered } from '../../domain/answers';
import { useT } from '../../i18n/use-t';
import type { MessageId } from '../../i18n/message-id';
import { useCodeLists } from './use-code-lists';

/** Answers as words in the person's language, for the list screens and the review page. */
export function useAnswerText() {
  const t = useT();
  const codeLists = useCodeLists();

  const country = (code: Citizenship) =>
    code === 'stateless' || code === 'unknown' ? t(`mapping.aboutYou.citizenship.${code}`) : codeLists.countryName(code as CountryCode);
  const yesNo = (value: boolean) => t(value ? 'mapping.yes' : 'mapping.no');
  const years = (value: number) => t('mapping.years.value', { years: value });

  /** The answer to a question of the main flow or of an entry, or null when not answered. */
  function answerText(question: MappingStep | `${ListPart}.${EntryField}`, value: unknown): string | null {
    if (!isAnswered(value)) return null;
    switch (question) {
      case 'aboutYou.citizenship':
      case 'schooling.country':
      case 'work.country':
        return country(value as Citizenship);
      case 'aboutYou.gender':
        return t(`mapping.aboutYou.gender.${value as 'female'}`);
      case 'aboutYou.birthYear':
        return String(value);
      case 'activities.drivingLicence':
      case 'languages.motherTongue':
      case 'schooling.completed':
      case 'schooling.documentation':
        return yesNo(value as boolean);
      case 'activities.computerSkills':
      case 'languages.understand':
      case 'languages.speak':
      case 'languages.read':
      case 'languages.write':
        return t(`mapping.skill.${value as 'well'}`);
      case 'interests.areas':
      case 'wishes.areas':
        return (value as string[]).map((area) => t(`mapping.area.${area}` as MessageId)).join(', ');
      case 'wishes.goal':
        return t(`mapping.wishes.goal.${value as 'work'}`);
      case 'languages.language':
        return codeLists.languageName(value as LanguageCode);
      case 'schooling.level':
        return t(`mapping.isced.${value as '1'}`);
      case 'schooling.years':
      case 'work.years':
      case 'activities.years':
        return years(value as number);
      case 'work.isco':
        return codeLists.occupationTitle(value as IscoUnitGroupCode);
      case 'work.employment':
        return t(`mapping.work.employment.${value as 'employed'}`);
      case 'activities.kind':
        return t(`mapping.activities.kind.${value as 'other'}`);
      default:
        return typeof value === 'string' ? value : null;
    }
  }

  /** A short name for an entry in its list: what the person would recognise it by. */
  function entryTitle<P extends ListPart>(part: P, entry: EntriesOf[P]): string {
    const e = entry as EntriesOf[ListPart] & Record<string, unknown>;
    const candidates: (string | null)[] =
      part === 'languages'
        ? [answerText('languages.language', e.language)]
        : part === 'schooling'
          ? [answerText('schooling.field', e.field), answerText('schooling.level', e.level)]
          : part === 'work'
            ? [answerText('work.occupation', e.occupation), answerText('work.isco', e.isco)]
            : [answerText('activities.description', e.description), answerText('activities.kind', e.kind)];
    return candidates.find((text) => text !== null) ?? t('mapping.list.untitled');
  }

  return { answerText, entryTitle };
}
