// The filter bar above the statements: speaker, party, kind, and a folded search in the text.
import type { QuoteKind } from '../engine/types.ts';
import { t } from '../i18n.ts';
import type { PageReady } from '../messages.ts';
import { isFiltering, NO_FILTER, type StatementFilter } from './filter.ts';
import type { SpeakerGroup } from './model.ts';

const KINDS: readonly QuoteKind[] = ['direct', 'indirect', 'mixed'];
const ALL = '*';

export function Filters({
  state,
  speakers,
  filter,
  onChange,
  shown,
}: {
  state: PageReady;
  speakers: readonly SpeakerGroup[];
  filter: StatementFilter;
  onChange: (filter: StatementFilter) => void;
  shown: number;
}) {
  const parties = state.parties
    .map((party, index) => ({ ...party, index }))
    .sort((a, b) => b.count - a.count);
  const pick = (value: string) => (value === ALL ? null : value);
  return (
    <search class="filters" aria-label={t('panel_filters')}>
      <label>
        <span>{t('panel_filterSpeaker')}</span>
        <select
          value={filter.speaker ?? ALL}
          onChange={(event) => onChange({ ...filter, speaker: pick(event.currentTarget.value) })}
        >
          <option value={ALL}>{t('panel_all')}</option>
          {speakers.map((group) => (
            <option key={group.key} value={group.key}>
              {group.name ?? t('unknownSpeaker')} ({group.statements.length})
            </option>
          ))}
        </select>
      </label>
      {parties.length > 0 && (
        <label>
          <span>{t('panel_filterParty')}</span>
          <select
            value={filter.party === null ? ALL : String(filter.party)}
            onChange={(event) => {
              const value = pick(event.currentTarget.value);
              onChange({ ...filter, party: value === null ? null : Number(value) });
            }}
          >
            <option value={ALL}>{t('panel_all')}</option>
            {parties.map((party) => (
              <option key={party.index} value={String(party.index)}>
                {party.name} · {t(`type_${party.type}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <span>{t('panel_filterKind')}</span>
        <select
          value={filter.kind ?? ALL}
          onChange={(event) =>
            onChange({ ...filter, kind: pick(event.currentTarget.value) as QuoteKind | null })
          }
        >
          <option value={ALL}>{t('panel_all')}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kind_${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <label class="search">
        <span>{t('panel_search')}</span>
        <input
          type="search"
          dir="auto"
          value={filter.text}
          onInput={(event) => onChange({ ...filter, text: event.currentTarget.value })}
        />
      </label>
      <p class="note count-line" aria-live="polite">
        {t('panel_shownCount', `${shown} / ${state.quotes.length}`)}
        {isFiltering(filter) && (
          <button type="button" class="link" onClick={() => onChange(NO_FILTER)}>
            {t('panel_clearFilters')}
          </button>
        )}
      </p>
    </search>
  );
}
