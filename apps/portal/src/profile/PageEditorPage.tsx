// /profil/page: the member's public page editor. Title, description for search engines, ordered
// sections (text in markdown, services, references, a button) to add, edit, move and remove; the
// draft saves itself a moment after each change, and the preview beside the form shows the saved
// draft as the API renders and sanitises it (the API has no preview query: what you see is what is
// stored). Publishing puts it online at /membres/<handle>; the admins' reason shows when they took
// it offline. Its state is one reducer (page-editor-state.ts); each section's fields are in
// PageSectionEditors.tsx.
import './catalogue.ts';
import {
  MyPageDocument,
  MyPagePublishDocument,
  MyPageSaveDocument,
  MyPageWithdrawDocument,
  type MyPageFieldsFragment,
  type PageSectionKind,
} from '@ekoacteurs/client';
import { useEffect, useEffectEvent, useReducer, useRef, useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import {
  ConfirmButton,
  ConfirmDialog,
  LiveStatus,
  LoadFailed,
  ScreenTitle,
  Skeleton,
  type Trouble,
  TroubleAlert,
  useFocusSoon,
} from '@ekoacteurs/ui';
import { formatDate, formatTime } from '../shared/dates.ts';
import { outcomeOf, troubleOf, type Outcome } from '../shared/network-outcome.ts';
import { Field } from '../shared/StateField.tsx';
import type { Shown } from '../shared/field-state.ts';
import { NETWORK_PATHS } from '../shared/paths.ts';
import { fieldErrorMap } from '../shared/form.ts';
import { PAGE_LIMITS, PAGE_RULES } from '@ekoacteurs/contract/input-rules';
import { PagePreview } from './PagePreview.tsx';
import {
  draftOf,
  draftProblems,
  emptySection,
  inputOf,
  move,
  sectionPath,
  type Draft,
  type DraftSection,
} from './page-draft.ts';
import { editorReducer, initialEditorState } from './page-editor-state.ts';
import { SectionEditor, type FieldAt } from './PageSectionEditors.tsx';
import './profile.css';

const KINDS: PageSectionKind[] = ['TEXT', 'SERVICES', 'REFERENCES', 'CALL_TO_ACTION'];

export function PageEditorPage({ autosaveDelay = 1200 }: { autosaveDelay?: number }) {
  const { t } = useTranslation();
  // From the server, never a partial copy from the cache: the form starts from what is stored.
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyPageDocument, requestPolicy: 'network-only' });
  const viewer = data?.viewer;
  return (
    <div className="net-screen">
      <ScreenTitle id="page-editor-title">{t('profile.page.title')}</ScreenTitle>
      <p className="lead-small">{t('profile.page.intro')}</p>
      <p>
        <Link href={NETWORK_PATHS.profile}>{t('profile.page.backToProfile')}</Link>
      </p>
      {fetching && !data && <Skeleton />}
      {error && !data && (
        <LoadFailed message={t('profile.page.loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {viewer && <Editor saved={viewer.page} defaultTitle={viewer.displayName} autosaveDelay={autosaveDelay} />}
    </div>
  );
}

function Editor({
  saved: fromQuery,
  defaultTitle,
  autosaveDelay,
}: {
  saved: MyPageFieldsFragment | null;
  defaultTitle: string;
  autosaveDelay: number;
}) {
  const { t, language } = useTranslation();
  const focusSoon = useFocusSoon();
  const [editor, dispatch] = useReducer(editorReducer, null, () =>
    initialEditorState(draftOf(fromQuery, defaultTitle)),
  );
  const { draft, version, touched, server, save: state } = editor;
  const [announce, setAnnounce] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [removing, setRemoving] = useState<number | null>(null);
  const [, save] = useMutation(MyPageSaveDocument);
  const [{ fetching: publishing }, publish] = useMutation(MyPagePublishDocument);
  const [{ fetching: withdrawing }, withdraw] = useMutation(MyPageWithdrawDocument);
  const inFlight = useRef(false);

  // The cache's copy follows every save (cache/profile.ts links it to the viewer); the local one
  // covers the moment before.
  const page = fromQuery ?? editor.lastSaved;
  const problems = draftProblems(draft);
  const valid = Object.keys(problems).length === 0;
  const dirty = version !== editor.savedVersion;

  const change = (next: (current: Draft) => Draft, path?: string) => dispatch({ type: 'edit', next, path });

  async function saveNow(): Promise<MyPageFieldsFragment | null> {
    if (!valid) {
      dispatch({ type: 'blocked' });
      return null;
    }
    inFlight.current = true;
    const sending = version;
    dispatch({ type: 'saving' });
    const result = await save({ input: inputOf(draft) });
    inFlight.current = false;
    const outcome = outcomeOf(result.data?.saveMyPage, 'VisibilityPageSuccess', fieldErrorMap);
    if (outcome.kind === 'done') {
      dispatch({ type: 'saved', version: sending, page: outcome.payload.page });
      return outcome.payload.page;
    }
    dispatch({
      type: 'refused',
      trouble: troubleOf(outcome) ?? { key: 'common.failed' },
      fields: outcome.kind === 'invalid' ? outcome.fields : undefined,
    });
    return null;
  }

  // Autosave a draft: a moment after the last change, when it passes the API's rules. A page that
  // is online changes only when the member says so ("Mettre en ligne les modifications").
  const online = page?.published === true;
  // The timer restarts with each change; one left from an earlier version never saves.
  const autosave = useEffectEvent((scheduledAt: number) => {
    if (!inFlight.current && scheduledAt === version) void saveNow();
  });
  useEffect(() => {
    if (!dirty || online) return;
    if (!valid) {
      dispatch({ type: 'blocked' });
      return;
    }
    const handle = window.setTimeout(() => autosave(version), autosaveDelay);
    return () => window.clearTimeout(handle);
  }, [version, valid, dirty, online, autosaveDelay]);

  async function onPublish() {
    setTrouble(null);
    setAnnounce(null);
    let current = page;
    if (dirty || !current) {
      dispatch({ type: 'touch', paths: Object.keys(problems) });
      current = await saveNow();
      if (!current) return focusSoon('page-save-state');
    }
    const result = await publish({ id: current.id });
    settle(outcomeOf(result.data?.publishPage, 'VisibilityPageSuccess', fieldErrorMap), t('profile.page.published'));
  }

  async function onWithdraw() {
    if (!page) return;
    setTrouble(null);
    const result = await withdraw({ id: page.id });
    settle(outcomeOf(result.data?.withdrawPage, 'VisibilityPageSuccess', fieldErrorMap), t('profile.page.withdrawn'));
  }

  /** After publishing or withdrawing: the page's new state and its announcement, or what went wrong. */
  function settle(outcome: Outcome<{ page: MyPageFieldsFragment }>, done: string) {
    if (outcome.kind === 'done') {
      dispatch({ type: 'page', page: outcome.payload.page });
      setAnnounce(done);
      return focusSoon('page-status');
    }
    setTrouble(troubleOf(outcome));
    focusSoon('page-publish-trouble');
  }

  const fieldAt: FieldAt = (path, value, rule, set) => {
    const shown: Shown = server[path] ? { text: server[path] } : touched.has(path) ? (problems[path] ?? null) : null;
    return {
      id: `page-${path.replace(/\./g, '-')}`,
      value,
      rule,
      problem: shown,
      set,
      onBlur: () => dispatch({ type: 'touch', paths: [path] }),
    };
  };

  const updateSection = (index: number, patch: (section: DraftSection) => DraftSection, path?: string) =>
    change(
      (current) => ({
        ...current,
        sections: current.sections.map((section, i) => (i === index ? patch(section) : section)),
      }),
      path,
    );

  function addSection(kind: PageSectionKind) {
    const section = emptySection(kind);
    change((current) => ({ ...current, sections: [...current.sections, section] }));
    setAnnounce(t('profile.page.sectionAdded', { kind: t(`profile.page.kind.${kind}`) }));
    focusSoon(`section-${section.key}`);
  }

  function moveSection(index: number, to: number) {
    const key = draft.sections[index]!.key;
    change((current) => ({ ...current, sections: move(current.sections, index, to) }));
    setAnnounce(t('profile.page.sectionMoved', { position: to + 1, count: draft.sections.length }));
    focusSoon(`section-${key}-${to < index ? 'up' : 'down'}`);
  }

  function removeSection(index: number) {
    setRemoving(null);
    const next = draft.sections[index + 1] ?? draft.sections[index - 1];
    change((current) => ({ ...current, sections: current.sections.filter((_, i) => i !== index) }));
    setAnnounce(t('profile.page.sectionRemoved'));
    focusSoon(next ? `section-${next.key}` : 'page-add-sections');
  }

  const saveMessage =
    state.kind === 'saving'
      ? t('profile.page.saving')
      : state.kind === 'blocked' && dirty
        ? t('profile.page.blocked')
        : state.kind === 'saved' && !dirty
          ? t('profile.page.savedAt', { time: formatTime(state.at, language) })
          : dirty
            ? t('profile.page.unsaved')
            : null;

  return (
    <>
      {page?.unpublishedReason && !page.published && (
        <div className="notice notice-error" role="note">
          <p>
            <strong>
              {t('profile.page.takenDown', {
                date: page.unpublishedAt ? formatDate(page.unpublishedAt, language) : '',
              })}
            </strong>
          </p>
          <p>
            {t('profile.page.reason')} <q>{page.unpublishedReason}</q>
          </p>
          <p>{t('profile.page.takenDownHelp')}</p>
        </div>
      )}
      <div className="page-status panel" id="page-status" tabIndex={-1}>
        <p>
          <span className={`badge ${page?.published ? '' : 'badge-quiet'}`}>
            {page?.published ? t('profile.page.online') : t('profile.page.draft')}
          </span>{' '}
          {page?.published && <a href={page.url}>{t('profile.page.seeOnline')}</a>}
          {page?.published && dirty && <span className="muted"> {t('profile.page.changesNotOnline')}</span>}
        </p>
        <LiveStatus message={announce} />
        <TroubleAlert trouble={trouble} id="page-publish-trouble" />
        <p className="actions">
          {!page?.published && (
            <button type="button" onClick={onPublish} disabled={publishing || state.kind === 'saving'}>
              {publishing ? t('network.sending') : t('profile.page.publish')}
            </button>
          )}
          {page?.published && dirty && (
            <button type="button" onClick={() => void saveNow()} disabled={!valid || state.kind === 'saving'}>
              {state.kind === 'saving' ? t('network.sending') : t('profile.page.publishChanges')}
            </button>
          )}
          {page?.published && (
            <ConfirmButton
              label={t('profile.page.withdraw')}
              disabled={withdrawing}
              title={t('profile.page.withdrawTitle')}
              confirmLabel={t('profile.page.withdraw')}
              onConfirm={onWithdraw}
            >
              <p>{t('profile.page.withdrawBody')}</p>
            </ConfirmButton>
          )}
        </p>
      </div>

      <div className="page-editor">
        <form
          className="page-form"
          aria-labelledby="page-form-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            dispatch({ type: 'touch', paths: Object.keys(problems) });
            void saveNow().then((done) =>
              done ? setAnnounce(t('profile.page.savedNow')) : focusSoon(firstProblemId(problems, draft)),
            );
          }}
        >
          <h2 id="page-form-title">{t('profile.page.formTitle')}</h2>
          <Field
            field={fieldAt('title', draft.title, PAGE_RULES.title, (title) =>
              change((d) => ({ ...d, title }), 'title'),
            )}
            label={t('profile.page.pageTitle')}
            counter
          />
          <Field
            field={fieldAt('seoDescription', draft.seoDescription, PAGE_RULES.seoDescription, (seoDescription) =>
              change((d) => ({ ...d, seoDescription }), 'seoDescription'),
            )}
            label={t('profile.page.seo')}
            hint={t('profile.page.seoHint')}
            optional
            counter
            multiline
            rows={2}
          />
          {draft.sections.length === 0 && <p className="notice">{t('profile.page.noSections')}</p>}
          <ol className="section-list">
            {draft.sections.map((section, index) => {
              const items = sectionPath(index, section, 'items');
              return (
                <SectionEditor
                  key={section.key}
                  section={section}
                  index={index}
                  count={draft.sections.length}
                  fieldAt={fieldAt}
                  itemsProblem={server[items] ? { text: server[items] } : (problems[items] ?? null)}
                  update={(patch, path) => updateSection(index, patch, path)}
                  onMove={(to) => moveSection(index, to)}
                  onRemove={() => setRemoving(index)}
                />
              );
            })}
          </ol>
          {draft.sections.length < PAGE_LIMITS.sections && (
            <fieldset id="page-add-sections" tabIndex={-1} className="add-sections">
              <legend>{t('profile.page.addSection')}</legend>
              <p className="actions compact">
                {KINDS.map((kind) => (
                  <button key={kind} type="button" className="secondary" onClick={() => addSection(kind)}>
                    {t(`profile.page.add.${kind}`)}
                  </button>
                ))}
              </p>
            </fieldset>
          )}
          <p id="page-save-state" className="save-state" role="status" tabIndex={-1}>
            {saveMessage}
          </p>
          {state.kind === 'failed' && <TroubleAlert trouble={state.trouble} />}
          <p className="actions">
            <button type="submit" disabled={state.kind === 'saving'}>
              {t('profile.page.saveNow')}
            </button>
          </p>
        </form>

        <section className="page-preview-panel" aria-labelledby="page-preview-heading">
          <h2 id="page-preview-heading">{t('profile.page.preview')}</h2>
          <p className="hint muted">{t('profile.page.previewHint')}</p>
          {page ? <PagePreview page={page} /> : <p className="notice">{t('profile.page.previewNone')}</p>}
        </section>
      </div>

      {removing !== null && (
        <ConfirmDialog
          title={t('profile.page.removeTitle')}
          confirmLabel={t('profile.page.remove')}
          tone="danger"
          onClose={() => setRemoving(null)}
          onConfirm={async () => removeSection(removing)}
        >
          <p>{t('profile.page.removeBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}

function firstProblemId(problems: Record<string, unknown>, draft: Draft): string {
  const first = Object.keys(problems)[0];
  if (!first) return 'page-save-state';
  if (first === 'sections' || first.endsWith('.items'))
    return draft.sections.length ? 'page-add-sections' : 'page-title';
  return `page-${first.replace(/\./g, '-')}`;
}
