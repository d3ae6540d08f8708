// The statements by speaker, each with its actions: show it in the page, copy it as a citation, flag
// it. Long lists are rendered in batches ("show more"): a page can have thousands of statements.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n.ts';
import { errorMessage, MAX_NOTE, type PageReady, type QuoteView } from '../messages.ts';
import { citationOf } from '../report/citation.ts';
import type { ArticleRecord, StatementFlag } from '../report/record.ts';
import { statementRecord } from './article.ts';
import type { Flags } from './flags.ts';
import type { SpeakerGroup } from './model.ts';
import { reveal } from './tab.ts';

const CLIP_CHARS = 160;
const FIRST_BATCH = 150;
const BATCH = 300;

interface ListProps {
  state: PageReady;
  speakers: readonly SpeakerGroup[];
  /** Indexes of the statements the filter keeps. */
  kept: ReadonlySet<number>;
  tabId: number;
  flags: Flags;
  onStatus: (message: string) => void;
}

/** Up and down arrows move between statements; Tab goes through each one's actions. */
function moveFocus(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const target = event.target as HTMLElement;
  if (!target.classList.contains('quote-text')) return;
  const all = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.quote-text')];
  const next = all[all.indexOf(target) + (event.key === 'ArrowDown' ? 1 : -1)];
  if (next) {
    event.preventDefault();
    next.focus();
  }
}

export function StatementList({ state, speakers, kept, tabId, flags, onStatus }: ListProps) {
  const [limit, setLimit] = useState(FIRST_BATCH);
  if (kept.size === 0) return <p class="status">{t('panel_noMatch')}</p>;
  const article: ArticleRecord = { url: state.url, meta: state.meta, statements: [], parties: [] };
  const copy = async (quote: QuoteView, flag: StatementFlag | undefined) => {
    const citation = citationOf(statementRecord(quote, flag), article, t('unknownSpeaker'));
    try {
      await navigator.clipboard.writeText(citation);
      onStatus(t('panel_copied'));
    } catch {
      onStatus(t('panel_copyFailed'));
    }
  };
  let budget = limit;
  const visible: { group: SpeakerGroup; statements: SpeakerGroup['statements'] }[] = [];
  for (const group of speakers) {
    const statements = group.statements.filter(({ index }) => kept.has(index));
    const taken = statements.slice(0, Math.max(0, budget));
    budget -= taken.length;
    if (taken.length > 0) visible.push({ group, statements: taken });
  }
  const hidden = kept.size - Math.min(kept.size, limit);
  return (
    <>
      <ol class="speakers" onKeyDown={moveFocus}>
        {visible.map(({ group, statements }) => (
          <li class="speaker" key={group.key}>
            <div class="speaker-head">
              <span class="speaker-name" dir="auto">
                {group.name ?? t('unknownSpeaker')}
              </span>
              {group.type && <span class={`type type-${group.type}`}>{t(`type_${group.type}`)}</span>}
              <span class="count">{t('statementCount', group.statements.length)}</span>
            </div>
            {group.phrase && group.name && group.phrase.length > group.name.length && (
              <div class="phrase" dir="auto">
                {group.phrase}
              </div>
            )}
            <ul class="statements">
              {statements.map(({ index, quote }) => {
                const flag = flags.byStatement.get(index)?.flag;
                return (
                  <Statement
                    key={index}
                    index={index}
                    quote={quote}
                    flag={flag}
                    onReveal={() => void reveal(tabId, index)}
                    onCopy={() => void copy(quote, flag)}
                    onFlag={(next) =>
                      flags
                        .set(index, next)
                        .catch((error: unknown) => onStatus(t('error', errorMessage(error))))
                    }
                  />
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
      {hidden > 0 && (
        <button type="button" class="show-more" onClick={() => setLimit(limit + BATCH)}>
          {t('panel_showMore', hidden)}
        </button>
      )}
    </>
  );
}

interface StatementProps {
  index: number;
  quote: QuoteView;
  flag: StatementFlag | undefined;
  onReveal: () => void;
  onCopy: () => void;
  onFlag: (flag: StatementFlag | null) => Promise<void>;
}

function Statement({ index, quote, flag, onReveal, onCopy, onFlag }: StatementProps) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const flagButton = useRef<HTMLButtonElement>(null);
  const long = quote.text.length > CLIP_CHARS;
  const shown = open || !long ? quote.text : `${quote.text.slice(0, CLIP_CHARS)}…`;
  const textId = `statement-${index}`;
  const close = () => {
    setEditing(false);
    flagButton.current?.focus();
  };
  return (
    <li class={flag ? 'statement flagged' : 'statement'}>
      <span class={`kind kind-${quote.kind}`}>{t(`kind_${quote.kind}`)}</span>
      <div class="statement-body">
        <button
          type="button"
          id={textId}
          class="quote-text"
          dir="auto"
          title={t('panel_reveal')}
          onClick={onReveal}
        >
          {shown}
        </button>
        {long && (
          <button type="button" class="more" aria-expanded={open} onClick={() => setOpen(!open)}>
            {open ? t('less') : t('more')}
          </button>
        )}
        {flag && (
          <p class="flag" dir="auto">
            <span class="flag-mark">{flag.doubtful ? t('panel_doubtful') : t('panel_flagged')}</span>
            {flag.note && <span class="flag-note"> — {flag.note}</span>}
          </p>
        )}
        <div class="statement-actions">
          <button type="button" class="cite" aria-describedby={textId} onClick={onCopy}>
            {t('panel_cite')}
          </button>
          <button
            type="button"
            class="flag-button"
            ref={flagButton}
            aria-describedby={textId}
            aria-expanded={editing}
            onClick={() => setEditing(!editing)}
          >
            {flag ? t('panel_editFlag') : t('panel_flag')}
          </button>
        </div>
        {editing && (
          <FlagEditor
            flag={flag}
            onSave={async (next) => {
              await onFlag(next);
              close();
            }}
            onCancel={close}
          />
        )}
      </div>
    </li>
  );
}

function FlagEditor({
  flag,
  onSave,
  onCancel,
}: {
  flag: StatementFlag | undefined;
  onSave: (flag: StatementFlag | null) => Promise<void>;
  onCancel: () => void;
}) {
  const [doubtful, setDoubtful] = useState(flag?.doubtful ?? true);
  const [note, setNote] = useState(flag?.note ?? '');
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: Event) => {
    event.preventDefault();
    const trimmed = note.trim();
    void onSave(doubtful || trimmed ? { doubtful, note: trimmed } : null);
  };
  return (
    <form
      class="flag-editor"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <label class="check">
        <input
          type="checkbox"
          ref={first}
          checked={doubtful}
          onChange={(event) => setDoubtful(event.currentTarget.checked)}
        />
        {t('panel_doubtful')}
      </label>
      <label class="note-field">
        <span>{t('panel_note')}</span>
        <textarea
          dir="auto"
          rows={2}
          maxLength={MAX_NOTE}
          value={note}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          {t('panel_saveFlag')}
        </button>
        {flag && (
          <button type="button" onClick={() => void onSave(null)}>
            {t('panel_removeFlag')}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('panel_cancel')}
        </button>
      </div>
    </form>
  );
}
