import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { searchCodes, type Searchable } from '../domain/code-search';
import { useT } from '../i18n/use-t';
import { Alongside } from './Alongside';

interface Props<C extends string> {
  labelledBy: string;
  describedBy?: string;
  /** The whole list, asked for only once the person searches (making it may take a moment). */
  items: () => readonly Searchable<C>[];
  /** Shown before anything is typed: the choices most people need. */
  common: readonly C[];
  value: C | null;
  /** The name to show for a code, in the person's language. */
  nameOf: (code: C) => string;
  /** The Norwegian name beside it in an assisted session (an `Alongside` or `AlongsideText`). */
  alongsideOf?: (code: C) => ReactNode;
  onChange: (code: C) => void;
}

const resultLimit = 30;

/** Finding one item in a long list by typing a few letters, then tapping it: no typing whole names. */
export function SearchPicker<C extends string>({ labelledBy, describedBy, items, common, value, nameOf, alongsideOf, onChange }: Props<C>) {
  const t = useT();
  const id = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searching = deferredQuery.trim() !== '';
  const results = useMemo(() => (searching ? searchCodes(items(), deferredQuery, resultLimit) : []), [items, deferredQuery, searching]);
  const shown = searching ? results : common;

  return (
    <div className="search-picker">
      {value !== null && (
        <p className="search-chosen" data-testid="search-chosen">
          {t('mapping.search.chosen', { name: nameOf(value) })}
        </p>
      )}
      <label className="field-label" htmlFor={`${id}-query`}>
        {t('mapping.search.label')}
        <Alongside id="mapping.search.label" />
      </label>
      <p className="field-hint" id={`${id}-hint`}>
        {t('mapping.search.hint')}
        <Alongside id="mapping.search.hint" />
      </p>
      <input
        id={`${id}-query`}
        type="search"
        autoComplete="off"
        aria-describedby={`${id}-hint`}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      <h3 className="search-heading" id={`${id}-shown`}>
        {t(searching ? 'mapping.search.results' : 'mapping.search.common')}
      </h3>
      {searching && results.length === 0 ? (
        <p role="status">{t('mapping.search.noMatch')}</p>
      ) : (
        <div role="radiogroup" aria-labelledby={`${labelledBy} ${id}-shown`} aria-describedby={describedBy} className="choices choices-stacked">
          {shown.map((code) => (
            <label key={code} className="choice" htmlFor={`${id}-${code}`}>
              <input
                id={`${id}-${code}`}
                type="radio"
                name={id}
                checked={value === code}
                onChange={() => onChange(code)}
              />
              <span>
                {nameOf(code)}
                {alongsideOf?.(code)}
              </span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
