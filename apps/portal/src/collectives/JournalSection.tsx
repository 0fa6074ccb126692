// The collective's journal — "partager les succès comme les difficultés": entries tagged success,
// difficulty or learning, newest first, that every member may write.
import { CollectiveJournalDocument, CollectiveJournalWriteDocument, type JournalKind } from '@ekoacteurs/client';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { RULES } from './rules.ts';
import { formatDateTime } from '../shared/dates.ts';
import { TroubleAlert, useFocusSoon, FormOpener, FormActions, RadioGroup } from '@ekoacteurs/ui';
import { TextArea, TextField } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import { listPageState, useListPage, usePages, type PageEnd, ShowMore } from '../shared/pages.tsx';
import type { SectionProps } from './standing.ts';

const PAGE_SIZE = 10;
const KINDS: JournalKind[] = ['SUCCESS', 'DIFFICULTY', 'LEARNING'];

export function JournalSection({ collective, standing, announce }: SectionProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<JournalKind | null>(null);
  const { pages, report, more, loadMore, reset } = usePages();
  const focusSoon = useFocusSoon();

  function filter(next: JournalKind | null) {
    setKind(next);
    reset();
  }

  return (
    <section id="journal" aria-labelledby="journal-title">
      <h2 id="journal-title">{t('collectives.journal.title')}</h2>
      <p className="muted">{t('collectives.journal.intro')}</p>
      {standing.isMember && !standing.archived && (
        <WriteEntry
          collectiveId={collective.id}
          onWritten={(entry) => {
            if (kind && kind !== entry.kind) filter(null);
            announce(t('collectives.journal.written'));
            focusSoon(`journal-entry-${entry.id}`);
          }}
        />
      )}
      <RadioGroup
        className="filters"
        name="journal-kind"
        legend={t('collectives.journal.filter')}
        values={['ALL', ...KINDS] as const}
        value={kind ?? 'ALL'}
        onChange={(choice) => filter(choice === 'ALL' ? null : choice)}
        labelOf={(choice) =>
          choice === 'ALL' ? t('collectives.journal.all') : t(`collectives.journal.kinds.${choice}`)
        }
      />
      <ol className="journal">
        {pages.map((after, index) => (
          <JournalPage
            key={`${kind ?? 'all'}-${after ?? 'first'}`}
            slug={collective.slug}
            kind={kind}
            after={after}
            index={index}
            archived={standing.archived}
            onPage={report}
          />
        ))}
      </ol>
      <ShowMore more={more} onMore={loadMore} label={t('collectives.journal.more')} />
    </section>
  );
}

function JournalPage({
  slug,
  kind,
  after,
  index,
  archived,
  onPage,
}: {
  slug: string;
  kind: JournalKind | null;
  after: string | null;
  index: number;
  archived: boolean;
  onPage: (end: PageEnd) => void;
}) {
  const first = index === 0;
  const { t, language } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CollectiveJournalDocument,
    variables: { slug, first: PAGE_SIZE, after, kind },
  });
  const list = data?.collective?.journal;
  useListPage(list ?? undefined, index, onPage, 'journal-entry-', '');
  const state = listPageState({
    hasData: !!data,
    fetching,
    error: !!error,
    loading: t('collectives.journal.loading'),
    failed: t('collectives.journal.error'),
    onRetry: () => reexecute({ requestPolicy: 'network-only' }),
    empty:
      first && list && list.edges.length === 0
        ? kind
          ? t('collectives.journal.emptyKind', { kind: t(`collectives.journal.kinds.${kind}`) })
          : archived
            ? t('collectives.journal.emptyArchived')
            : t('collectives.journal.empty')
        : null,
  });
  if (state) return state;
  return (
    <>
      {list?.edges.map(({ node }) => (
        <li key={node.id} className={`card journal-entry journal-${node.kind.toLowerCase()}`}>
          <article aria-labelledby={`journal-entry-${node.id}`}>
            <p className="eyebrow">
              <span className={`kind kind-${node.kind.toLowerCase()}`}>
                {t(`collectives.journal.kinds.${node.kind}`)}
              </span>{' '}
              · <time dateTime={node.createdAt}>{formatDateTime(node.createdAt, language)}</time> ·{' '}
              {node.author?.displayName ?? t('collectives.formerMember')}
            </p>
            <h3 id={`journal-entry-${node.id}`} tabIndex={-1}>
              {node.title}
            </h3>
            {node.body && <p className="pre-line">{node.body}</p>}
          </article>
        </li>
      ))}
    </>
  );
}

function WriteEntry({
  collectiveId,
  onWritten,
}: {
  collectiveId: string;
  onWritten: (entry: { id: string; kind: JournalKind }) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [{ fetching }, write] = useMutation(CollectiveJournalWriteDocument);
  const [kind, setKind] = useState<JournalKind | null>(null);
  const [kindMissing, setKindMissing] = useState(false);
  const form = useForm(
    'journal-write',
    { title: '', body: '' },
    { title: RULES.journalTitle, body: RULES.journalBody },
  );
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  useEffect(() => {
    if (open) document.getElementById('journal-write-kind-SUCCESS')?.focus();
  }, [open]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    if (!kind) {
      setKindMissing(true);
      document.getElementById('journal-write-kind-SUCCESS')?.focus();
      return;
    }
    if (!form.validate()) return;
    const result = await write({
      input: { collectiveId, kind, title: form.values.title.trim(), body: form.values.body.trim() || null },
    });
    const outcome = outcomeOf(result.data?.writeJournalEntry, result.error, 'JournalEntrySuccess');
    if (outcome.kind === 'done') {
      form.reset();
      setKind(null);
      setOpen(false);
      onWritten(outcome.payload.entry);
      return;
    }
    setTrouble(troubleOnForm(outcome, form));
  }

  if (!open) {
    return (
      <FormOpener id="journal-write-open" onOpen={() => setOpen(true)}>
        {t('collectives.journal.write')}
      </FormOpener>
    );
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="journal-write-heading">
      <h3 id="journal-write-heading">{t('collectives.journal.writeTitle')}</h3>
      <RadioGroup
        name="journal-write-kind"
        legend={t('collectives.journal.kind')}
        values={KINDS}
        value={kind}
        onChange={(choice) => {
          setKind(choice);
          setKindMissing(false);
        }}
        labelOf={(choice) => t(`collectives.journal.kinds.${choice}`)}
        hintOf={(choice) => t(`collectives.journal.kindHints.${choice}`)}
        error={kindMissing ? t('collectives.journal.kindMissing') : null}
      />
      <TextField field={form.field('title')} label={t('collectives.journal.entryTitle')} counter />
      <TextArea
        field={form.field('body')}
        label={t('collectives.journal.body')}
        hint={t('collectives.journal.bodyHint')}
        optional
        rows={5}
      />
      <TroubleAlert trouble={trouble} />
      <FormActions
        sending={fetching}
        submit={t('collectives.journal.submit')}
        onCancel={() => {
          setOpen(false);
          form.reset();
          setKind(null);
          window.setTimeout(() => document.getElementById('journal-write-open')?.focus(), 0);
        }}
        cancel={t('collectives.cancel')}
      />
    </form>
  );
}
