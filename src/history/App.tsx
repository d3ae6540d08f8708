// The history page: every statement from the articles read, searchable by speaker (merged across
// articles), party and words; links back to each article; clearing and export. Page text is rendered
// as text only (JSX escapes it).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t, uiLanguage } from '../i18n.ts';
import {
  errorMessage,
  type HistoryHit,
  type HistoryOverview,
  type HistoryQuery,
  type HistoryScope,
} from '../messages.ts';
import { dayOf } from '../report/citation.ts';
import { download } from '../report/download.ts';
import { EXPORT_FORMATS, type ExportFormat, exportFile } from '../report/export.ts';
import * as history from './api.ts';
import { statementLink } from './links.ts';

const PAGE_SIZE = 100;
const SEARCH_DELAY_MS = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
const PERIODS = [0, 7, 30, 365] as const;

interface Fields {
  speaker: string;
  party: string;
  text: string;
  host: string;
  days: number;
}

const NO_FIELDS: Fields = { speaker: '', party: '', text: '', host: '', days: 0 };

function queryOf(fields: Fields): HistoryQuery {
  return {
    ...(fields.speaker ? { speaker: fields.speaker } : {}),
    ...(fields.party ? { party: fields.party } : {}),
    ...(fields.text ? { text: fields.text } : {}),
    ...(fields.host ? { host: fields.host } : {}),
    ...(fields.days ? { since: Date.now() - fields.days * DAY_MS } : {}),
  };
}

function isEmpty(fields: Fields): boolean {
  return !fields.speaker && !fields.party && !fields.text && !fields.host && !fields.days;
}

interface Results {
  hits: HistoryHit[];
  total: number;
  articles: number;
}

type Confirming = { scope: HistoryScope; message: string } | null;

const number = new Intl.NumberFormat(uiLanguage);

function sizeOf(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${number.format(Math.ceil(bytes / 1024))} KB`
    : `${number.format(Math.round(bytes / 1024 / 102.4) / 10)} MB`;
}

export function App() {
  const [summary, setSummary] = useState<HistoryOverview | null>(null);
  const [fields, setFields] = useState<Fields>(NO_FIELDS);
  const [results, setResults] = useState<Results | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [status, setStatus] = useState('');
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    void history.overview().then(setSummary, (error: Error) => setStatus(t('error', error.message)));
  }, [generation]);

  useEffect(() => {
    let stale = false;
    const timer = setTimeout(() => {
      void history.search(queryOf(fields), 0, PAGE_SIZE).then(
        (found) => {
          if (!stale) setResults(found);
        },
        (error: Error) => setStatus(t('error', error.message)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [fields, generation]);

  /** Runs a reader's action; a worker that fails is said in the status line, nothing stays stuck. */
  const attempt = (action: () => Promise<void>) => () =>
    action().catch((error: unknown) => setStatus(t('error', errorMessage(error))));

  const more = useCallback(async () => {
    if (!results) return;
    const next = await history.search(queryOf(fields), results.hits.length, PAGE_SIZE);
    // The reader changed the search meanwhile: these hits belong to the old one.
    setResults((current) =>
      current === results ? { ...next, hits: [...results.hits, ...next.hits] } : current,
    );
  }, [fields, results]);

  const exportAs = async (format: ExportFormat, scope: 'results' | 'selected') => {
    const records =
      scope === 'selected'
        ? await history.records(undefined, [...selected])
        : await history.records(isEmpty(fields) ? undefined : queryOf(fields));
    download(exportFile(records, format, new Date(), t('unknownSpeaker')));
    setStatus(t('history_exported', records.length));
  };

  const confirmRemove = async () => {
    if (!confirming) return;
    setConfirming(null);
    const removed = await history.remove(confirming.scope);
    setSelected(new Set());
    setStatus(t('history_removed', removed));
    setGeneration((value) => value + 1);
  };

  const toggle = (key: string) => {
    const next = new Set(selected);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setSelected(next);
  };

  return (
    <main>
      <header>
        <h1>{t('history_title')}</h1>
        <p class="muted">
          {summary
            ? t(
                'history_summary',
                `${number.format(summary.articles)} · ${number.format(summary.statements)} · ${sizeOf(summary.bytes)}`,
              )
            : t('history_loading')}{' '}
          · <a href="../options/index.html">{t('options_title')}</a>
        </p>
      </header>
      <SearchForm fields={fields} summary={summary} onChange={setFields} />
      <section aria-labelledby="results-title">
        <h2 id="results-title">{t('history_results')}</h2>
        <p class="muted" role="status" aria-live="polite">
          {results
            ? t('history_found', `${number.format(results.total)} / ${number.format(results.articles)}`)
            : ''}
        </p>
        <ExportBar
          selected={selected.size}
          onExport={(format, scope) => attempt(() => exportAs(format, scope))()}
        />
        {results && (
          <ResultList hits={results.hits} selected={selected} onToggle={toggle} onRemove={setConfirming} />
        )}
        {results && results.hits.length < results.total && (
          <button type="button" onClick={attempt(more)}>
            {t('more')}
          </button>
        )}
      </section>
      <section aria-labelledby="clear-title">
        <h2 id="clear-title">{t('history_clear')}</h2>
        <button
          type="button"
          class="danger"
          disabled={!summary?.articles}
          onClick={() => setConfirming({ scope: { kind: 'all' }, message: t('history_confirmAll') })}
        >
          {t('history_clearAll')}
        </button>
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
      <ConfirmDialog
        confirming={confirming}
        onConfirm={attempt(confirmRemove)}
        onCancel={() => setConfirming(null)}
      />
    </main>
  );
}

function SearchForm({
  fields,
  summary,
  onChange,
}: {
  fields: Fields;
  summary: HistoryOverview | null;
  onChange: (fields: Fields) => void;
}) {
  const set = (name: keyof Fields) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement).value;
    onChange({ ...fields, [name]: name === 'days' ? Number(value) : value });
  };
  return (
    <search aria-label={t('history_search')}>
      <form class="row" onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('history_speaker')}
          <input
            type="search"
            name="speaker"
            list="history-speakers"
            dir="auto"
            value={fields.speaker}
            onInput={set('speaker')}
          />
        </label>
        <datalist id="history-speakers">
          {summary?.speakers.map((speaker) => (
            <option key={`${speaker.type}:${speaker.name}`} value={speaker.name}>
              {`${speaker.name} (${t(`type_${speaker.type}`)}, ${speaker.statements})`}
            </option>
          ))}
        </datalist>
        <label>
          {t('history_party')}
          <input type="search" name="party" dir="auto" value={fields.party} onInput={set('party')} />
        </label>
        <label>
          {t('history_text')}
          <input type="search" name="text" dir="auto" value={fields.text} onInput={set('text')} />
        </label>
        <label>
          {t('history_period')}
          <select name="days" value={String(fields.days)} onChange={set('days')}>
            {PERIODS.map((days) => (
              <option key={days} value={String(days)}>
                {t(`history_period${days}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('history_site')}
          <select name="host" value={fields.host} onChange={set('host')}>
            <option value="">{t('history_allSites')}</option>
            {summary?.sites.map((site) => (
              <option key={site.host} value={site.host}>
                {`${site.host} (${site.articles})`}
              </option>
            ))}
          </select>
        </label>
      </form>
    </search>
  );
}

function ExportBar({
  selected,
  onExport,
}: {
  selected: number;
  onExport: (format: ExportFormat, scope: 'results' | 'selected') => Promise<void>;
}) {
  const [scope, setScope] = useState<'results' | 'selected'>('results');
  const effective = selected > 0 ? scope : 'results';
  return (
    <fieldset class="row">
      <legend>{t('history_export')}</legend>
      <label class="inline">
        <input
          type="radio"
          name="scope"
          checked={effective === 'results'}
          onChange={() => setScope('results')}
        />
        {t('history_exportResults')}
      </label>
      <label class="inline">
        <input
          type="radio"
          name="scope"
          checked={effective === 'selected'}
          disabled={selected === 0}
          onChange={() => setScope('selected')}
        />
        {t('history_exportSelected', selected)}
      </label>
      {EXPORT_FORMATS.map(({ format, name }) => (
        <button
          type="button"
          key={format}
          data-format={format}
          onClick={() => void onExport(format, effective)}
        >
          {name}
        </button>
      ))}
    </fieldset>
  );
}

function ResultList({
  hits,
  selected,
  onToggle,
  onRemove,
}: {
  hits: HistoryHit[];
  selected: Set<string>;
  onToggle: (key: string) => void;
  onRemove: (confirming: Confirming) => void;
}) {
  const groups: HistoryHit[][] = [];
  for (const hit of hits) {
    const last = groups.at(-1);
    if (last && last[0]?.key === hit.key) last.push(hit);
    else groups.push([hit]);
  }
  return (
    <ol class="plain articles">
      {groups.map((group) => {
        const first = group[0] as HistoryHit;
        const host = new URL(first.url).hostname;
        const titleId = `article-${encodeURIComponent(first.key)}`;
        return (
          <li key={first.key} class="article" aria-labelledby={titleId}>
            <div class="article-head">
              <input
                type="checkbox"
                aria-label={t('history_select', first.title)}
                checked={selected.has(first.key)}
                onChange={() => onToggle(first.key)}
              />
              <h3 id={titleId} dir="auto">
                <a href={first.url} target="_blank" rel="noopener noreferrer">
                  {first.title}
                </a>
              </h3>
            </div>
            <p class="muted meta">
              <span dir="auto">{first.outlet}</span>
              {first.published && (
                <>
                  {' · '}
                  <time dir="ltr" dateTime={first.published}>
                    {dayOf(first.published)}
                  </time>
                </>
              )}{' '}
              · {t('history_read', new Date(first.visited).toLocaleDateString(uiLanguage))}
              <button
                type="button"
                class="link"
                aria-label={t('history_removeArticleNamed', first.title)}
                onClick={() =>
                  onRemove({
                    scope: { kind: 'article', key: first.key },
                    message: t('history_confirmArticle', first.title),
                  })
                }
              >
                {t('history_removeArticle')}
              </button>
              <button
                type="button"
                class="link"
                aria-label={t('history_removeSiteNamed', host)}
                onClick={() =>
                  onRemove({ scope: { kind: 'site', host }, message: t('history_confirmSite', host) })
                }
              >
                {t('history_removeSite')}
              </button>
            </p>
            <ul class="plain statements">
              {group.map((hit) => (
                <li key={hit.index} class="statement">
                  <span class="speaker" dir="auto">
                    {hit.speakerGroup ?? t('unknownSpeaker')}
                  </span>
                  {hit.speakerType && <span class="chip">{t(`type_${hit.speakerType}`)}</span>}
                  <span class="chip">{t(`kind_${hit.kind}`)}</span>
                  <a
                    class="quote"
                    dir="auto"
                    href={statementLink(hit.url, hit.text)}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {hit.text}
                  </a>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ol>
  );
}

function ConfirmDialog({
  confirming,
  onConfirm,
  onCancel,
}: {
  confirming: Confirming;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (confirming && !element.open) element.showModal();
    if (!confirming && element.open) element.close();
  }, [confirming]);
  return (
    <dialog ref={dialog} aria-labelledby="confirm-text" onCancel={onCancel}>
      <p id="confirm-text" dir="auto">
        {confirming?.message}
      </p>
      <div class="row">
        <button type="button" class="danger" onClick={onConfirm}>
          {t('history_confirmDelete')}
        </button>
        <button type="button" onClick={onCancel} autofocus>
          {t('history_cancel')}
        </button>
      </div>
    </dialog>
  );
}
