import type { z } from 'zod';
import { isWholeText } from './text';
import { appLocaleCodes, sourceLocale, type AppLocale } from './app-locales';
import { letterConfirmationSchema } from './information-letter';
import {
  aboutYouSchema,
  activitiesSchema,
  activityEntrySchema,
  emptyEntries,
  emptyMappingContent,
  interestsSchema,
  languageEntrySchema,
  listLimits,
  mappingContentSchema,
  schoolingEntrySchema,
  setAsidePathLimit,
  setAsideValueSchema,
  wishesSchema,
  workEntrySchema,
  type MappingContent,
  type SetAsideValue,
} from './mapping';
import { capSetAside, toJsonText } from './set-aside';

type Keep = (path: string, value: unknown) => void;
type Shape = Record<string, z.ZodType>;

/**
 * Every mapping read from storage or received from an older app passes through here, so the
 * screens never see a malformed or older document. Missing answers (older versions) get their
 * empty default. An answer that no longer fits its field, or a key this version does not know,
 * is emptied on screen but kept in `setAside` with its path, for the guide: nothing a person
 * typed is ever dropped. Restoring a restored mapping changes nothing.
 */
export function restoreMapping(raw: unknown, fallbackLanguage: AppLocale = sourceLocale): MappingContent {
  const source = isRecord(raw) ? raw : {};
  const language = (appLocaleCodes as readonly unknown[]).includes(source.language)
    ? (source.language as AppLocale)
    : fallbackLanguage;
  const empty = emptyMappingContent(language);
  const setAside: SetAsideValue[] = restoreSetAside(source.setAside);
  const keep: Keep = (path, value) => {
    if (value === undefined) return;
    // A key too long (or too broken) to be a path is itself data: it goes into the value.
    setAside.push(
      path.length <= setAsidePathLimit && isWholeText(path)
        ? { path, value: toJsonText(value) }
        : { path: 'setAside.longPath', value: toJsonText({ path, value }) },
    );
  };

  for (const [key, value] of Object.entries(source)) {
    if (!(key in empty)) keep(key, value);
  }
  const activitiesSource = source.activities;
  const activities = restoreFields(activitiesSchema.shape, withoutKey(activitiesSource, 'entries'), empty.activities, 'activities', keep);

  const restored: MappingContent = {
    ...empty,
    informationLetter: restoreValue(letterConfirmationSchema.nullable(), source.informationLetter, null, 'informationLetter', keep),
    aboutYou: restoreFields(aboutYouSchema.shape, source.aboutYou, empty.aboutYou, 'aboutYou', keep),
    languages: restoreEntries(languageEntrySchema.shape, source.languages, emptyEntries.languages, 'languages', listLimits.languages, keep),
    schooling: restoreEntries(schoolingEntrySchema.shape, source.schooling, emptyEntries.schooling, 'schooling', listLimits.schooling, keep),
    work: restoreEntries(workEntrySchema.shape, source.work, emptyEntries.work, 'work', listLimits.work, keep),
    activities: {
      ...activities,
      entries: restoreEntries(
        activityEntrySchema.shape,
        isRecord(activitiesSource) ? activitiesSource.entries : undefined,
        emptyEntries.activities,
        'activities.entries',
        listLimits.activities,
        keep,
      ),
    },
    interests: restoreFields(interestsSchema.shape, source.interests, empty.interests, 'interests', keep),
    wishes: restoreFields(wishesSchema.shape, source.wishes, empty.wishes, 'wishes', keep),
    submittedAt: restoreValue(mappingContentSchema.shape.submittedAt, source.submittedAt, null, 'submittedAt', keep),
  };
  return { ...restored, setAside: capSetAside(setAside) };
}

function restoreValue<T>(schema: z.ZodType<T>, value: unknown, fallback: T, path: string, keep: Keep): T {
  if (value === undefined) return fallback;
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  keep(path, value);
  return fallback;
}

/** Field by field, so one bad answer empties that answer only. */
function restoreFields<T extends object>(shape: Shape, raw: unknown, empty: T, path: string, keep: Keep): T {
  if (raw === undefined || raw === null) return empty;
  if (!isRecord(raw)) {
    keep(path, raw);
    return empty;
  }
  const result: Record<string, unknown> = { ...(empty as Record<string, unknown>) };
  for (const [key, value] of Object.entries(raw)) {
    const schema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (schema === undefined) keep(`${path}.${key}`, value);
    else result[key] = restoreValue(schema, value, result[key], `${path}.${key}`, keep);
  }
  return result as T;
}

function restoreEntries<T extends { id: string }>(
  shape: Shape,
  raw: unknown,
  makeEmpty: (id: string) => T,
  path: string,
  limit: number,
  keep: Keep,
): T[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) {
    keep(path, raw);
    return [];
  }
  const entries: T[] = [];
  const ids = new Set<string>();
  raw.forEach((item: unknown, index) => {
    const itemPath = `${path}.${index}`;
    if (!isRecord(item) || entries.length >= limit) {
      keep(itemPath, item);
      return;
    }
    // An entry without a usable id gets one from its place, so it stays editable; a broken one is set aside.
    const usable = shape.id!.safeParse(item.id).success;
    if (!usable) keep(`${itemPath}.id`, item.id);
    let id = usable ? (item.id as string) : `restored-${index}`;
    if (ids.has(id)) id = `${id}-${index}`;
    ids.add(id);
    entries.push(restoreFields(shape, { ...item, id }, makeEmpty(id), itemPath, keep));
  });
  return entries;
}

function restoreSetAside(raw: unknown): SetAsideValue[] {
  if (!Array.isArray(raw)) return raw === undefined || raw === null ? [] : [{ path: 'setAside', value: toJsonText(raw) }];
  return raw.map((item: unknown) => setAsideValueSchema.safeParse(item).data ?? { path: 'setAside', value: toJsonText(item) });
}

function withoutKey(value: unknown, key: string): unknown {
  if (!isRecord(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
