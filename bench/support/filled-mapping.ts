import type { MappingContent } from '../../src/domain/mapping';
import { birthYearMark, mappingProfiles, phraseMark } from './mapping-profiles';

const profiles = mappingProfiles(20).map((profile) => JSON.parse(profile.filled) as MappingContent);

/**
 * A mapping as a participant leaves it after a sitting (2–5 KB of JSON; the growth bench's
 * profiles): what a sync request carries. The same revision is always the same content, so a
 * repeated delivery is recognised as one; each new revision changes the last words typed.
 */
export function filledMapping(revision: number): MappingContent {
  const profile = profiles[revision % profiles.length]!;
  return {
    ...profile,
    aboutYou: { ...profile.aboutYou, birthYear: profile.aboutYou.birthYear === birthYearMark ? 1988 : profile.aboutYou.birthYear },
    wishes: { ...profile.wishes, text: profile.wishes.text.replace(phraseMark, `(${revision})`) },
  };
}
