// An analysed page: its statements (filtered, flagged, cited, exported) and its named parties.
import { useMemo, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import type { PageReady } from '../messages.ts';
import { dayOf } from '../report/citation.ts';
import { download } from '../report/download.ts';
import { EXPORT_FORMATS, type ExportFormat, exportFile } from '../report/export.ts';
import { articleRecord } from './article.ts';
import { Filters } from './Filters.tsx';
import { filterStatements, foldedTexts, NO_FILTER, type StatementFilter } from './filter.ts';
import { type Flags, useFlags } from './flags.ts';
import { groupBySpeaker, groupParties, PARTY_TYPES } from './model.ts';
import { StatementList } from './Statements.tsx';
import { pageAnalysis, showHighlights } from './tab.ts';

export function Ready({ state, tabId }: { state: PageReady; tabId: number }) {
  const flags = useFlags(state);
  const [filter, setFilter] = useState<StatementFilter>(NO_FILTER);
  const [status, setStatus] = useState('');
  const folded = useMemo(() => foldedTexts(state.quotes), [state.quotes]);
  const speakers = useMemo(() => groupBySpeaker(state.quotes), [state.quotes]);
  const kept = useMemo(() => filterStatements(state.quotes, folded, filter), [state.quotes, folded, filter]);
  const date = dayOf(state.meta.published);
  return (
    <>
      {!state.highlighting && (
        <p class="notice" role="note">
          {t('noHighlightApi')}
        </p>
      )}
      <p class="headline" dir="auto">
        {state.headline}
      </p>
      <p class="note source">
        <bdi>{state.meta.outlet}</bdi>
        {date && (
          <>
            {' · '}
            <time dateTime={date} dir="ltr">
              {date}
            </time>
          </>
        )}
        {state.cached && ` · ${t('fromCache')}`}
      </p>
      <div class="toolbar">
        {state.highlighting && <HighlightSwitch tabId={tabId} initial={state.shown} />}
        <ExportButtons state={state} tabId={tabId} flags={flags} onStatus={setStatus} />
      </div>
      <p class="status live" role="status">
        {status}
      </p>
      <section aria-labelledby="speakers-title">
        <h2 id="speakers-title">{t('speakers')}</h2>
        {state.quotes.length === 0 ? (
          <p class="status">{t('noQuotes')}</p>
        ) : (
          <>
            <Filters
              state={state}
              speakers={speakers}
              filter={filter}
              onChange={setFilter}
              shown={kept.size}
            />
            <StatementList
              state={state}
              speakers={speakers}
              kept={kept}
              tabId={tabId}
              flags={flags}
              onStatus={setStatus}
            />
          </>
        )}
      </section>
      {state.parties.length > 0 && <Parties state={state} />}
    </>
  );
}

function HighlightSwitch({ tabId, initial }: { tabId: number; initial: boolean }) {
  const [shown, setShown] = useState(initial);
  const toggle = async () => {
    const after = await showHighlights(tabId, !shown);
    if (after !== null) setShown(after);
  };
  return (
    <button type="button" class="switch" aria-pressed={shown} onClick={toggle}>
      {t('panel_highlights')}
    </button>
  );
}

function ExportButtons({
  state,
  tabId,
  flags,
  onStatus,
}: {
  state: PageReady;
  tabId: number;
  flags: Flags;
  onStatus: (message: string) => void;
}) {
  const save = async (format: ExportFormat) => {
    // JSON carries the engine's whole analysis: asked of the page only when wanted (it can be large).
    const analysis = format === 'json' ? await pageAnalysis(tabId) : undefined;
    if (analysis === null) {
      onStatus(t('export_failed'));
      return;
    }
    const record = articleRecord(state, flags.byStatement, analysis);
    const file = exportFile([record], format, new Date(), t('unknownSpeaker'));
    download(file);
    onStatus(t('export_done', file.name));
  };
  return (
    <fieldset class="export">
      <legend class="note">{t('export_title')}</legend>
      {EXPORT_FORMATS.map(({ format, name }) => (
        <button type="button" key={format} data-format={format} onClick={() => void save(format)}>
          {name}
        </button>
      ))}
    </fieldset>
  );
}

function Parties({ state }: { state: PageReady }) {
  const parties = groupParties(state.parties);
  return (
    <section aria-labelledby="parties-title">
      <h2 id="parties-title">{t('parties')}</h2>
      {PARTY_TYPES.map((type) => {
        const list = parties.get(type) ?? [];
        if (list.length === 0) return null;
        return (
          <div class={`party-group party-${type}`} key={type}>
            <h3>{t(`type_${type}`)}</h3>
            <ul class="parties">
              {list.map((party) => (
                <li key={party.name} dir="auto">
                  <span class="party-name">{party.name}</span> <span class="count">{party.count}</span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
