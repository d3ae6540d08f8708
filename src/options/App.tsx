// The options page: where the extension runs, what it highlights and how, the hover card, the
// history's size. Every change is saved at once (storage.local); open pages follow it.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { highlightStyle } from '../page/paint.ts';
import {
  DEFAULT_SETTINGS,
  HISTORY_MAX_LIMIT,
  hostOf,
  PAINTED_NAMES,
  type PaintedName,
  readSettings,
  type Settings,
  writeSettings,
} from '../settings.ts';
import { addedSites, enableSite, removeSite } from '../site-access.ts';
import { DEFAULT_SITES } from '../sites.ts';
import { highlightContrast, PAGE } from './contrast.ts';

export function App() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    void readSettings().then(setSettings);
  }, []);

  const save = async (next: Settings) => {
    setSettings(next);
    try {
      await writeSettings(next);
      setStatus(t('options_saved'));
    } catch (error) {
      setStatus(t('error', String(error)));
    }
  };

  if (!settings) return <main aria-busy="true" />;
  return (
    <main>
      <h1>{t('options_title')}</h1>
      <p class="muted">
        <a href="../history/index.html">{t('history_title')}</a>
      </p>
      <SitesSection settings={settings} onSave={save} onStatus={setStatus} />
      <HighlightsSection settings={settings} onSave={save} />
      <section aria-labelledby="history-options">
        <h2 id="history-options">{t('options_history')}</h2>
        <label class="field">
          {t('options_historyMax')}
          <input
            type="number"
            min={0}
            max={HISTORY_MAX_LIMIT}
            step={100}
            value={settings.historyMax}
            aria-describedby="history-max-note"
            onChange={(event) => {
              const value = Number((event.currentTarget as HTMLInputElement).value);
              if (Number.isInteger(value) && value >= 0 && value <= HISTORY_MAX_LIMIT)
                void save({ ...settings, historyMax: value });
            }}
          />
        </label>
        <p id="history-max-note" class="muted">
          {t('options_historyMaxNote')}
        </p>
      </section>
      <p class="status" role="status" aria-live="polite">
        {status}
      </p>
    </main>
  );
}

interface SectionProps {
  settings: Settings;
  onSave: (settings: Settings) => Promise<void>;
}

function SitesSection({ settings, onSave, onStatus }: SectionProps & { onStatus: (text: string) => void }) {
  const [added, setAdded] = useState<string[]>([]);
  const refresh = () => void addedSites().then((sites) => setAdded(sites.map((site) => site.host)));
  useEffect(refresh, []);

  const toggleDefault = (site: string, on: boolean) => {
    const disabled = new Set(settings.disabledSites);
    if (on) disabled.delete(site);
    else disabled.add(site);
    void onSave({ ...settings, disabledSites: [...disabled] });
  };

  // The browser asks the reader for this one site now (the click is the gesture it needs).
  const addSite = async (host: string) => {
    const granted = await enableSite(`https://${host}/`).catch(() => false);
    onStatus(granted ? t('options_siteAdded', host) : t('options_siteRefused', host));
    refresh();
    return granted;
  };

  const setExcluded = (hosts: string[]) => void onSave({ ...settings, excludedHosts: hosts });

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('options_sites')}</h2>
      <fieldset>
        <legend>{t('options_defaultSites')}</legend>
        <ul class="plain sites">
          {DEFAULT_SITES.map((site) => (
            <li key={site}>
              <label class="inline" dir="ltr">
                <input
                  type="checkbox"
                  checked={!settings.disabledSites.includes(site)}
                  onChange={(event) => toggleDefault(site, (event.currentTarget as HTMLInputElement).checked)}
                />
                {site}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <HostList
        legend={t('options_addedSites')}
        hosts={added}
        addLabel={t('options_addSite')}
        onAdd={addSite}
        onRemove={(host) => void removeSite(host).then(refresh)}
        onStatus={onStatus}
      />
      <HostList
        legend={t('options_excludedSites')}
        note={t('options_excludedNote')}
        hosts={settings.excludedHosts}
        addLabel={t('options_exclude')}
        onAdd={async (host) => {
          setExcluded([...new Set([...settings.excludedHosts, host])]);
          return true;
        }}
        onRemove={(host) => setExcluded(settings.excludedHosts.filter((item) => item !== host))}
        onStatus={onStatus}
      />
    </section>
  );
}

/** A list of sites with a remove button each, and a field to add one (a domain or any URL on it). */
function HostList(props: {
  legend: string;
  note?: string;
  hosts: string[];
  addLabel: string;
  onAdd: (host: string) => Promise<boolean>;
  onRemove: (host: string) => void;
  onStatus: (text: string) => void;
}) {
  const [typed, setTyped] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const host = hostOf(typed);
    if (!host) props.onStatus(t('options_badHost'));
    else if (await props.onAdd(host)) setTyped('');
  };
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.note && <p class="muted">{props.note}</p>}
      {props.hosts.length === 0 ? (
        <p class="muted">{t('options_none')}</p>
      ) : (
        <ul class="plain">
          {props.hosts.map((host) => (
            <li key={host} class="inline">
              <span dir="ltr">{host}</span>
              <button
                type="button"
                aria-label={t('options_removeNamed', host)}
                onClick={() => props.onRemove(host)}
              >
                {t('options_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="row" onSubmit={submit}>
        <label>
          {t('options_siteHost')}
          <input
            type="text"
            dir="ltr"
            placeholder="example.com"
            value={typed}
            onInput={(event) => setTyped((event.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{props.addLabel}</button>
      </form>
    </fieldset>
  );
}

function HighlightsSection({ settings, onSave }: SectionProps) {
  const setShown = (name: PaintedName, on: boolean) =>
    void onSave({ ...settings, highlights: { ...settings.highlights, [name]: on } });
  const setColour = (name: PaintedName, theme: 'light' | 'dark', colour: string) =>
    void onSave({
      ...settings,
      colours: { ...settings.colours, [name]: { ...settings.colours[name], [theme]: colour } },
    });
  return (
    <section aria-labelledby="highlights-title">
      <h2 id="highlights-title">{t('options_highlights')}</h2>
      <table class="highlights">
        <caption class="sr-only">{t('options_highlights')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options_show')}</th>
            <th scope="col">{t('options_onLight')}</th>
            <th scope="col">{t('options_onDark')}</th>
          </tr>
        </thead>
        <tbody>
          {PAINTED_NAMES.map((name) => (
            <tr key={name}>
              <th scope="row">
                <label class="inline">
                  <input
                    type="checkbox"
                    name={`show-${name}`}
                    checked={settings.highlights[name]}
                    onChange={(event) => setShown(name, (event.currentTarget as HTMLInputElement).checked)}
                  />
                  {t(`options_highlight_${name}`)}
                </label>
              </th>
              {(['light', 'dark'] as const).map((theme) => (
                <td key={theme}>
                  <ColourCell
                    name={name}
                    theme={theme}
                    colour={settings.colours[name][theme]}
                    onChange={(colour) => setColour(name, theme, colour)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted">{t('options_contrastNote')}</p>
      <div class="row">
        <button type="button" onClick={() => void onSave({ ...settings, colours: DEFAULT_SETTINGS.colours })}>
          {t('options_resetColours')}
        </button>
        <label class="inline">
          <input
            type="checkbox"
            name="hover-card"
            checked={settings.hoverCard}
            onChange={(event) =>
              void onSave({ ...settings, hoverCard: (event.currentTarget as HTMLInputElement).checked })
            }
          />
          {t('options_hoverCard')}
        </label>
      </div>
    </section>
  );
}

/** A colour picker with a live sample on the page background and its WCAG contrast ratio. */
function ColourCell({
  name,
  theme,
  colour,
  onChange,
}: {
  name: PaintedName;
  theme: 'light' | 'dark';
  colour: string;
  onChange: (colour: string) => void;
}) {
  // The picker previews while dragged; the setting (and every open tab's repaint) follows on release.
  const [preview, setPreview] = useState(colour);
  useEffect(() => setPreview(colour), [colour]);
  const check = highlightContrast(name, preview, theme);
  const page = PAGE[theme];
  const label = `${t(`options_highlight_${name}`)} — ${t(theme === 'light' ? 'options_onLight' : 'options_onDark')}`;
  // The sample wears the page highlight's own declarations.
  const sample = highlightStyle(
    name,
    { ...DEFAULT_SETTINGS.colours, [name]: { light: preview, dark: preview } },
    theme === 'dark',
  );
  return (
    <div class="colour-cell">
      <input
        type="color"
        value={preview}
        aria-label={label}
        onInput={(event) => setPreview((event.currentTarget as HTMLInputElement).value)}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).value)}
      />
      <span class="sample" style={{ background: page.background, color: page.text }}>
        <span style={sample}>{t('options_sample')}</span>
      </span>
      <span class={check.ok ? 'ratio' : 'ratio warning'}>
        {check.ratio.toFixed(1)}:1{check.ok ? '' : ` ⚠ ${t('options_lowContrast', check.minimum)}`}
      </span>
    </div>
  );
}
