// /mises-en-relation: introduction requests received (accept or decline, with a word) and sent (with
// their status, withdraw while pending, the contact details once accepted); recommendations received
// (take one up, then say how it ended) and given (with their status and outcome).
import './catalogue.ts';
import {
  IntroductionAcceptDocument,
  IntroductionDeclineDocument,
  IntroductionWithdrawDocument,
  MyIntroductionsDocument,
  MyRecommendationsDocument,
  RecommendationAcknowledgeDocument,
  RecommendationOutcomeSetDocument,
  type IntroductionFieldsFragment,
  type IntroductionStatus,
  type RecommendationFieldsFragment,
  type RecommendationOutcome,
  type RecommendationStatus,
} from '@ekoacteurs/client';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import {
  Avatar,
  ConfirmButton,
  ConfirmDialog,
  type Failure,
  LiveStatus,
  LoadFailed,
  ScreenTitle,
  Skeleton,
  type Trouble,
  TroubleAlert,
  useFocusSoon,
  SectionNav,
  RadioGroup,
} from '@ekoacteurs/ui';
import { formatDate } from '../shared/dates.ts';
import { outcomeOf, troubleOf } from '../shared/network-outcome.ts';
import { Field } from '../shared/StateField.tsx';
import { useFields } from '../shared/field-state.ts';
import { memberPath, NETWORK_PATHS } from '../shared/paths.ts';
import { fieldErrorMap } from '../shared/form.ts';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';

export function IntroductionsPage() {
  const { t } = useTranslation();
  const [intros, refetchIntros] = useQuery({ query: MyIntroductionsDocument });
  const [recos, refetchRecos] = useQuery({ query: MyRecommendationsDocument });
  const [status, setStatus] = useState<string | null>(null);
  const viewer = intros.data?.viewer;
  const received = viewer?.introductionRequestsReceived?.edges.map((edge) => edge.node) ?? [];
  const sent = viewer?.introductionRequestsSent?.edges.map((edge) => edge.node) ?? [];
  const recoViewer = recos.data?.viewer;
  const recosReceived = recoViewer?.recommendationsReceived?.edges.map((edge) => edge.node) ?? [];
  const recosGiven = recoViewer?.recommendationsGiven?.edges.map((edge) => edge.node) ?? [];
  // Awaiting your answer first, then newest first (the API's order).
  const receivedSorted = [...received].sort((a, b) => Number(b.status === 'PENDING') - Number(a.status === 'PENDING'));
  // The screen's four parts: each heads its section and is a link in the parts' navigation.
  const parts = {
    introReceived: { id: 'intro-received', title: t('introductions.received.title') },
    introSent: { id: 'intro-sent', title: t('introductions.sent.title') },
    recoReceived: { id: 'reco-received', title: t('introductions.recoReceived.title') },
    recoGiven: { id: 'reco-given', title: t('introductions.recoGiven.title') },
  };

  return (
    <div className="net-screen">
      <ScreenTitle id="introductions-title">{t('introductions.title')}</ScreenTitle>
      <p className="lead-small">{t('introductions.intro')}</p>
      <SectionNav label={t('introductions.partsNav')} parts={Object.values(parts)} />
      <LiveStatus message={status} />

      <CardsSection
        part={parts.introReceived}
        query={[intros, refetchIntros]}
        failed={t('introductions.failed')}
        empty={viewer && <p className="notice">{t('introductions.received.none')}</p>}
        items={receivedSorted}
        anchor={(intro) => `intro-${intro.id}`}
        render={(intro) => <ReceivedIntroduction intro={intro} onAnswered={setStatus} />}
      />
      <CardsSection
        part={parts.introSent}
        empty={viewer && <NoneYet text={t('introductions.sent.none')} />}
        items={sent}
        anchor={(intro) => `intro-${intro.id}`}
        render={(intro) => <SentIntroduction intro={intro} onChanged={setStatus} />}
      />
      <CardsSection
        part={parts.recoReceived}
        query={[recos, refetchRecos]}
        failed={t('introductions.recoFailed')}
        empty={recoViewer && <p className="notice">{t('introductions.recoReceived.none')}</p>}
        items={recosReceived}
        anchor={(reco) => `reco-${reco.id}`}
        render={(reco) => <ReceivedRecommendation reco={reco} onChanged={setStatus} />}
      />
      <CardsSection
        part={parts.recoGiven}
        empty={recoViewer && <NoneYet text={t('introductions.recoGiven.none')} />}
        items={recosGiven}
        render={(reco) => <RecommendationSummary reco={reco} other={reco.to} direction="to" />}
      />
    </div>
  );
}

/** One part of the screen: its heading, its loading or failed state, what to say when it is empty, and its cards. */
function CardsSection<T extends { id: string }>(props: {
  part: { id: string; title: string };
  /** The query the part's items come from, when it is the first part to show them, and what to say when it fails. */
  query?: readonly [
    { fetching: boolean; error?: unknown; data?: unknown },
    (opts: { requestPolicy: 'network-only' }) => void,
  ];
  failed?: string;
  /** Shown once loaded with no item. */
  empty: ReactNode;
  items: readonly T[];
  /** An id for each card, when other parts link to it (focus lands there). */
  anchor?: (item: T) => string;
  render: (item: T) => ReactNode;
}) {
  const { part, query, failed, empty, items, anchor, render } = props;
  const { id, title } = part;
  const [state, refetch] = query ?? [];
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {state?.fetching && !state.data && <Skeleton />}
      {state?.error && !state.data ? (
        <LoadFailed message={failed} onRetry={() => refetch?.({ requestPolicy: 'network-only' })} />
      ) : null}
      {items.length === 0 && empty}
      {items.length > 0 && (
        <ul className="stack">
          {items.map((item) => (
            <li key={item.id} className="card" id={anchor?.(item)} tabIndex={anchor ? -1 : undefined}>
              {render(item)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A part with nothing yet, and where to start: the directory. */
function NoneYet({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="notice">
      {text} <Link href={NETWORK_PATHS.directory}>{t('introductions.toDirectory')}</Link>
    </p>
  );
}

function StatusBadge(
  props: { kind: 'intro'; status: IntroductionStatus } | { kind: 'reco'; status: RecommendationStatus },
) {
  const { t } = useTranslation();
  const label =
    props.kind === 'intro'
      ? t(`introductions.introStatus.${props.status}`)
      : t(`introductions.recoStatus.${props.status}`);
  return <span className={`status status-${props.status.toLowerCase()}`}>{label}</span>;
}

function Contact({ contact }: { contact: IntroductionFieldsFragment['contact'] }) {
  const { t } = useTranslation();
  if (!contact) return null;
  return (
    <dl className="facts contact">
      <div>
        <dt>{t('introductions.email')}</dt>
        <dd>
          <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </dd>
      </div>
      {contact.websiteUrl && (
        <div>
          <dt>{t('introductions.website')}</dt>
          <dd>
            <a href={contact.websiteUrl} rel="noopener noreferrer">
              {contact.websiteUrl}
            </a>
          </dd>
        </div>
      )}
      {contact.linkedinUrl && (
        <div>
          <dt>LinkedIn</dt>
          <dd>
            <a href={contact.linkedinUrl} rel="noopener noreferrer">
              {contact.linkedinUrl}
            </a>
          </dd>
        </div>
      )}
    </dl>
  );
}

function ReceivedIntroduction({
  intro,
  onAnswered,
}: {
  intro: IntroductionFieldsFragment;
  onAnswered: (message: string) => void;
}) {
  const { t, language } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching: accepting }, accept] = useMutation(IntroductionAcceptDocument);
  const [{ fetching: declining }, decline] = useMutation(IntroductionDeclineDocument);
  const [confirming, setConfirming] = useState(false);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const form = useFields(`answer-${intro.id}`, { message: '' }, { message: NETWORK_RULES.answerMessage });
  const who = intro.requester;

  async function answer(kind: 'accept' | 'decline') {
    setConfirming(false);
    setTrouble(null);
    if (form.check()) return focusSoon(`answer-${intro.id}-message`);
    const message = form.values.message.trim() || null;
    const payload =
      kind === 'accept'
        ? (await accept({ id: intro.id, message })).data?.acceptIntroduction
        : (await decline({ id: intro.id, message })).data?.declineIntroduction;
    const outcome = outcomeOf(payload, 'IntroductionSuccess', fieldErrorMap);
    if (outcome.kind === 'done') {
      onAnswered(
        t(kind === 'accept' ? 'introductions.received.accepted' : 'introductions.received.declined', {
          name: who.displayName,
        }),
      );
      return focusSoon(`intro-${intro.id}`);
    }
    if (outcome.kind === 'invalid' && outcome.fields.message) {
      form.setServer(outcome.fields);
      return focusSoon(`answer-${intro.id}-message`);
    }
    setTrouble(troubleOf(outcome));
  }

  return (
    <article aria-labelledby={`intro-${intro.id}-who`}>
      <h3 id={`intro-${intro.id}-who`} className="with-avatar">
        <Avatar name={who.displayName} size="sm" />
        <Link href={memberPath(who.handle)}>{who.displayName}</Link> <StatusBadge kind="intro" status={intro.status} />
      </h3>
      {who.headline && <p className="muted">{who.headline}</p>}
      <p className="muted">{t('introductions.askedOn', { date: formatDate(intro.createdAt, language) })}</p>
      <blockquote className="pre-line">{intro.message}</blockquote>
      {intro.responseMessage && (
        <p>
          <strong>{t('introductions.yourAnswer')}</strong> <span className="pre-line">{intro.responseMessage}</span>
        </p>
      )}
      <Contact contact={intro.contact} />
      {intro.status === 'PENDING' && (
        <form
          noValidate
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            void answer('accept');
          }}
        >
          <Field
            field={form.field('message')}
            label={t('introductions.received.message', { name: who.displayName })}
            optional
            multiline
            rows={3}
            counter
          />
          <TroubleAlert trouble={trouble} />
          <p className="actions">
            <button type="submit" disabled={accepting || declining}>
              {t('introductions.received.accept')}
            </button>
            <button
              type="button"
              className="secondary"
              disabled={accepting || declining}
              onClick={() => setConfirming(true)}
            >
              {t('introductions.received.decline')}
            </button>
          </p>
          {confirming && (
            <ConfirmDialog
              title={t('introductions.received.declineTitle', { name: who.displayName })}
              confirmLabel={t('introductions.received.decline')}
              tone="danger"
              onClose={() => setConfirming(false)}
              onConfirm={async () => {
                await answer('decline');
              }}
            >
              <p>{t('introductions.received.declineBody')}</p>
            </ConfirmDialog>
          )}
        </form>
      )}
    </article>
  );
}

function SentIntroduction({
  intro,
  onChanged,
}: {
  intro: IntroductionFieldsFragment;
  onChanged: (message: string) => void;
}) {
  const { t, language } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching }, withdraw] = useMutation(IntroductionWithdrawDocument);
  const who = intro.recipient;

  /** Run from the confirmation: what went wrong is said in the dialog. */
  async function confirmWithdraw(): Promise<Failure> {
    const result = await withdraw({ id: intro.id });
    const outcome = outcomeOf(result.data?.withdrawIntroduction, 'IntroductionSuccess', fieldErrorMap);
    if (outcome.kind !== 'done') return troubleOf(outcome);
    onChanged(t('introductions.sent.withdrawn', { name: who.displayName }));
    // The button and its dialog go with the pending status: focus stays on the card.
    focusSoon(`intro-${intro.id}`);
  }

  return (
    <article aria-labelledby={`intro-${intro.id}-who`}>
      <h3 id={`intro-${intro.id}-who`} className="with-avatar">
        <Avatar name={who.displayName} size="sm" />
        <Link href={memberPath(who.handle)}>{who.displayName}</Link> <StatusBadge kind="intro" status={intro.status} />
      </h3>
      <p className="muted">{t('introductions.askedOn', { date: formatDate(intro.createdAt, language) })}</p>
      <blockquote className="pre-line">{intro.message}</blockquote>
      {intro.responseMessage && (
        <p>
          <strong>{t('introductions.theirAnswer', { name: who.displayName })}</strong>{' '}
          <span className="pre-line">{intro.responseMessage}</span>
        </p>
      )}
      {intro.status === 'ACCEPTED' && <p>{t('introductions.sent.acceptedHelp', { name: who.displayName })}</p>}
      <Contact contact={intro.contact} />
      {intro.status === 'PENDING' && (
        <p className="actions compact">
          <ConfirmButton
            label={t('introductions.sent.withdraw')}
            disabled={fetching}
            title={t('introductions.sent.withdrawTitle', { name: who.displayName })}
            confirmLabel={t('introductions.sent.withdraw')}
            onConfirm={confirmWithdraw}
          >
            <p>{t('introductions.sent.withdrawBody')}</p>
          </ConfirmButton>
        </p>
      )}
    </article>
  );
}

function RecommendationSummary({
  reco,
  other,
  direction,
}: {
  reco: RecommendationFieldsFragment;
  other: { handle: string; displayName: string };
  direction: 'to' | 'from';
}) {
  const { t, language } = useTranslation();
  return (
    <>
      <h3>
        {t(direction === 'to' ? 'introductions.recoGiven.to' : 'introductions.recoReceived.from')}{' '}
        <Link href={memberPath(other.handle)}>{other.displayName}</Link>{' '}
        <StatusBadge kind="reco" status={reco.status} />
      </h3>
      <p>
        {reco.opportunity
          ? t('introductions.forOpportunity', { title: reco.opportunity.title })
          : t('introductions.forClient', { client: reco.clientName })}
        <span className="muted"> · {formatDate(reco.createdAt, language)}</span>
      </p>
      <blockquote className="pre-line">{reco.note}</blockquote>
      {reco.outcomeNote && (
        <p>
          <strong>{t('introductions.outcomeNote')}</strong> <span className="pre-line">{reco.outcomeNote}</span>
        </p>
      )}
    </>
  );
}

const OUTCOMES: RecommendationOutcome[] = ['WON', 'LOST', 'DECLINED'];

function ReceivedRecommendation({
  reco,
  onChanged,
}: {
  reco: RecommendationFieldsFragment;
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching: acknowledging }, acknowledge] = useMutation(RecommendationAcknowledgeDocument);
  const [{ fetching: setting }, setOutcome] = useMutation(RecommendationOutcomeSetDocument);
  const [outcome, choose] = useState<RecommendationOutcome | ''>('');
  const [confirming, setConfirming] = useState(false);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const form = useFields(`outcome-${reco.id}`, { note: '' }, { note: NETWORK_RULES.outcomeNote });
  const allowed =
    reco.status === 'SENT' ? (['DECLINED'] as RecommendationOutcome[]) : reco.status === 'ACKNOWLEDGED' ? OUTCOMES : [];

  async function takeUp() {
    setTrouble(null);
    // Optimistic (cache/introductions.ts): the status changes as soon as the button is pressed.
    const result = await acknowledge({ id: reco.id });
    const answer = outcomeOf(result.data?.acknowledgeRecommendation, 'RecommendationSuccess', fieldErrorMap);
    if (answer.kind === 'done') {
      onChanged(t('introductions.recoReceived.acknowledged', { name: reco.from.displayName }));
      return focusSoon(`reco-${reco.id}-outcome`);
    }
    setTrouble(troubleOf(answer));
  }

  async function send() {
    setConfirming(false);
    setTrouble(null);
    if (!outcome) return;
    const result = await setOutcome({ input: { id: reco.id, outcome, note: form.values.note.trim() || null } });
    const answer = outcomeOf(result.data?.setRecommendationOutcome, 'RecommendationSuccess', fieldErrorMap);
    if (answer.kind === 'done') {
      onChanged(t('introductions.recoReceived.outcomeSaved', { status: t(`introductions.recoStatus.${outcome}`) }));
      return focusSoon(`reco-${reco.id}`);
    }
    if (answer.kind === 'invalid' && answer.fields.note) {
      form.setServer(answer.fields);
      return focusSoon(`outcome-${reco.id}-note`);
    }
    setTrouble(troubleOf(answer));
  }

  return (
    <article>
      <RecommendationSummary reco={reco} other={reco.from} direction="from" />
      <TroubleAlert trouble={trouble} />
      {reco.status === 'SENT' && (
        <p className="actions compact">
          <button type="button" onClick={() => void takeUp()} disabled={acknowledging}>
            {t('introductions.recoReceived.acknowledge')}
          </button>
        </p>
      )}
      {allowed.length > 0 && (
        <form
          noValidate
          id={`reco-${reco.id}-outcome`}
          tabIndex={-1}
          onSubmit={(event) => {
            event.preventDefault();
            if (form.check()) return focusSoon(`outcome-${reco.id}-note`);
            if (outcome) setConfirming(true);
          }}
        >
          <RadioGroup
            className="filters"
            name={`outcome-${reco.id}`}
            legend={t('introductions.recoReceived.outcome')}
            values={allowed}
            value={outcome || null}
            onChange={choose}
            labelOf={(value) => t(`introductions.outcome.${value}`)}
          />
          <Field
            field={form.field('note')}
            label={t('introductions.recoReceived.note', { name: reco.from.displayName })}
            optional
            multiline
            rows={2}
            counter
          />
          <p className="actions compact">
            <button type="submit" className="secondary" disabled={!outcome || setting}>
              {t('introductions.recoReceived.saveOutcome')}
            </button>
          </p>
          {confirming && (
            <ConfirmDialog
              title={t('introductions.recoReceived.confirmTitle')}
              confirmLabel={t('introductions.recoReceived.saveOutcome')}
              tone="danger"
              onClose={() => setConfirming(false)}
              onConfirm={async () => {
                await send();
              }}
            >
              <p>
                {t('introductions.recoReceived.confirmBody', {
                  status: outcome ? t(`introductions.recoStatus.${outcome}`) : '',
                })}
              </p>
            </ConfirmDialog>
          )}
        </form>
      )}
    </article>
  );
}
