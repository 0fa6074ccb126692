// One opportunity: what is needed, by when, who posted it and who is in the team. Members express
// interest with a note (and may withdraw it); its managers (the poster, or a coordinator of its
// collective) form the team from interested members and move it along its workflow.
import './catalogue.ts';
import {
  OpportunityDetailDocument,
  OpportunityExpressInterestDocument,
  OpportunityFormTeamDocument,
  OpportunitySetStatusDocument,
  OpportunityWithdrawInterestDocument,
  type OpportunityDetailQuery,
  type OpportunityStatus,
} from '@ekoacteurs/client';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { useViewer } from '../auth/useViewer.ts';
import { collectivePath } from '../shared/paths.ts';
import {
  Avatar,
  ConfirmButton,
  LiveStatus,
  LoadFailed,
  ScreenTitle,
  Skeleton,
  TroubleAlert,
  useArrival,
  useFocusSoon,
  type CatalogueKey,
} from '@ekoacteurs/ui';
import { formatDate, formatDateTime } from '../shared/dates.ts';
import { TextArea } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import { idFromPath, OPPORTUNITY_PATHS } from './paths.ts';
import { FINAL, GATHERING, nextStatuses, RULES } from './rules.ts';
import { KindAndStatus } from './KindAndStatus.tsx';
import './opportunities.css';

type Opportunity = NonNullable<OpportunityDetailQuery['opportunity']>;
type Announce = (message: string) => void;

export function OpportunityPage() {
  const { t, language } = useTranslation();
  const { id: param = '' } = useParams<{ id: string }>();
  const id = idFromPath(param);
  const { viewer } = useViewer();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: OpportunityDetailDocument, variables: { id } });
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const justPosted = useArrival<boolean>('posted');

  if (fetching && !data) return <Skeleton label={t('opportunities.detail.loading')} />;
  if (error && !data)
    return (
      <LoadFailed
        message={t('opportunities.detail.error')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  const opportunity = data?.opportunity;
  if (!opportunity) {
    return (
      <section aria-labelledby="opportunity-missing" className="co-screen narrow">
        <ScreenTitle id="opportunity-missing">{t('opportunities.detail.notFoundTitle')}</ScreenTitle>
        <p>{t('opportunities.detail.notFound')}</p>
        <Link href={OPPORTUNITY_PATHS.board} className="button">
          {t('opportunities.detail.back')}
        </Link>
      </section>
    );
  }

  const managing =
    !!viewer &&
    (opportunity.postedBy.id === viewer.id ||
      (opportunity.collective?.viewerMembership?.status === 'ACTIVE' &&
        opportunity.collective.viewerMembership.role === 'COORDINATOR'));

  return (
    <article aria-labelledby="opportunity-title" className="co-screen opportunity">
      <p>
        <Link href={OPPORTUNITY_PATHS.board}>← {t('opportunities.detail.back')}</Link>
      </p>
      <KindAndStatus kind={opportunity.kind} status={opportunity.status} />
      <ScreenTitle id="opportunity-title">{opportunity.title}</ScreenTitle>
      {justPosted && managing && <p className="notice notice-success">{t('opportunities.detail.posted')}</p>}
      <LiveStatus message={announcement} />

      <dl className="facts">
        <div>
          <dt>{t('opportunities.detail.postedBy')}</dt>
          <dd>
            <a href={`/membres/${encodeURIComponent(opportunity.postedBy.handle)}`}>
              {opportunity.postedBy.displayName}
            </a>
            {opportunity.collective && (
              <>
                {' '}
                {t('opportunities.detail.forCollective')}{' '}
                <Link href={collectivePath(opportunity.collective.slug)}>{opportunity.collective.name}</Link>
              </>
            )}
            , {formatDate(opportunity.createdAt, language)}
          </dd>
        </div>
        <div>
          <dt>{t('opportunities.fields.region')}</dt>
          <dd>{opportunity.region || t('opportunities.anywhere')}</dd>
        </div>
        <div>
          <dt>{t('opportunities.fields.deadline')}</dt>
          <dd>
            {opportunity.deadline ? (
              <time dateTime={opportunity.deadline}>{formatDateTime(opportunity.deadline, language)}</time>
            ) : (
              t('opportunities.detail.noDeadline')
            )}
          </dd>
        </div>
        {opportunity.skills.length > 0 && (
          <div>
            <dt>{t('opportunities.fields.skills')}</dt>
            <dd>
              <ul className="chips">
                {opportunity.skills.map((skill) => (
                  <li key={skill.id}>{language === 'en' ? skill.nameEn : skill.name}</li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      <section aria-labelledby="description-title">
        <h2 id="description-title">{t('opportunities.detail.description')}</h2>
        <p className="pre-line">{opportunity.description}</p>
      </section>

      <Team opportunity={opportunity} />

      {managing ? (
        <>
          <Workflow opportunity={opportunity} announce={setAnnouncement} />
          <TeamForming opportunity={opportunity} announce={setAnnouncement} />
        </>
      ) : (
        <>
          <Interest opportunity={opportunity} announce={setAnnouncement} />
          <Interested opportunity={opportunity} />
        </>
      )}
    </article>
  );
}

function Team({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-title">
      <h2 id="team-title" tabIndex={-1}>
        {t('opportunities.team.title', { count: opportunity.team.length })}
      </h2>
      {opportunity.team.length === 0 ? (
        <p className="muted">{t('opportunities.team.empty')}</p>
      ) : (
        <ul className="member-list">
          {opportunity.team.map((member) => (
            <li key={member.id} className="with-avatar">
              <Avatar name={member.displayName} size="sm" />
              <a href={`/membres/${encodeURIComponent(member.handle)}`}>
                <strong>{member.displayName}</strong>
              </a>
              {member.headline && <span className="muted"> — {member.headline}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Everyone sees who is interested; notes are for the managers. */
function Interested({ opportunity }: { opportunity: Opportunity }) {
  const { t } = useTranslation();
  // The team is listed above, and your own interest in its own panel.
  const others = opportunity.interests.edges
    .map((edge) => edge.node)
    .filter((interest) => interest.status !== 'IN_TEAM' && interest.id !== opportunity.viewerInterest?.id);
  if (others.length === 0) return null;
  return (
    <section aria-labelledby="interested-title">
      <h2 id="interested-title">{t('opportunities.interested.title', { count: others.length })}</h2>
      <ul className="member-list">
        {others.map((interest) => (
          <li key={interest.id} className="with-avatar">
            <Avatar name={interest.member.displayName} size="sm" />
            {interest.member.displayName}{' '}
            <span className="badge badge-quiet">{t(`opportunities.interestStatus.${interest.status}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Interest({ opportunity, announce }: { opportunity: Opportunity; announce: Announce }) {
  const { t, language } = useTranslation();
  const mine = opportunity.viewerInterest;
  const status = mine?.status;
  const [editing, setEditing] = useState(false);
  const [, withdraw] = useMutation(OpportunityWithdrawInterestDocument);
  const focusSoon = useFocusSoon();
  const [openedAt] = useState(() => Date.now());
  const gathering = GATHERING.includes(opportunity.status);
  const late = !!opportunity.deadline && new Date(opportunity.deadline).getTime() < openedAt;
  const canExpress = gathering && !late && (!status || status === 'WITHDRAWN' || status === 'INTERESTED');

  async function onWithdraw() {
    const result = await withdraw({ opportunityId: opportunity.id });
    const outcome = outcomeOf(result.data?.withdrawInterest, result.error, 'OpportunityInterestSuccess');
    if (outcome.kind === 'done') {
      announce(t('opportunities.interest.withdrawn'));
      focusSoon('interest-title');
    }
    return troubleOf(outcome);
  }

  return (
    <section aria-labelledby="interest-title" className="panel">
      <h2 id="interest-title" tabIndex={-1}>
        {t('opportunities.interest.title')}
      </h2>
      {status === 'IN_TEAM' && <p className="notice notice-success">{t('opportunities.interest.inTeam')}</p>}
      {status === 'NOT_RETAINED' && <p className="notice">{t('opportunities.interest.notRetained')}</p>}
      {status === 'INTERESTED' && mine && (
        <div>
          <p>{t('opportunities.interest.expressedOn', { date: formatDate(mine.createdAt, language) })}</p>
          {mine.note && !editing && <blockquote className="pre-line">{mine.note}</blockquote>}
        </div>
      )}
      {!gathering && (
        <p className="notice">
          {t('opportunities.interest.closed', { status: t(`opportunities.status.${opportunity.status}`) })}
        </p>
      )}
      {gathering && late && <p className="notice">{t('opportunities.interest.late')}</p>}

      {canExpress && (status !== 'INTERESTED' || editing) && (
        <InterestForm
          opportunity={opportunity}
          initialNote={status === 'INTERESTED' ? (mine?.note ?? '') : ''}
          updating={status === 'INTERESTED'}
          onDone={(sent) => {
            setEditing(false);
            if (sent)
              announce(
                status === 'INTERESTED' ? t('opportunities.interest.updated') : t('opportunities.interest.expressed'),
              );
            focusSoon('interest-title');
          }}
        />
      )}
      {canExpress && status === 'INTERESTED' && !editing && (
        <p className="actions">
          <button type="button" className="secondary" onClick={() => setEditing(true)}>
            {t('opportunities.interest.edit')}
          </button>
          <ConfirmButton
            label={t('opportunities.interest.withdraw')}
            title={t('opportunities.interest.withdrawTitle')}
            confirmLabel={t('opportunities.interest.withdrawConfirm')}
            onConfirm={onWithdraw}
          >
            <p>{t('opportunities.interest.withdrawBody')}</p>
          </ConfirmButton>
        </p>
      )}
    </section>
  );
}

function InterestForm({
  opportunity,
  initialNote,
  updating,
  onDone,
}: {
  opportunity: Opportunity;
  initialNote: string;
  updating: boolean;
  onDone: (sent: boolean) => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, express] = useMutation(OpportunityExpressInterestDocument);
  const form = useForm('interest', { note: initialNote }, { note: RULES.note });
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  useEffect(() => {
    if (updating) document.getElementById('interest-note')?.focus();
  }, [updating]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    if (!form.validate()) return;
    const result = await express({ opportunityId: opportunity.id, note: form.values.note.trim() });
    const outcome = outcomeOf(result.data?.expressInterest, result.error, 'OpportunityInterestSuccess');
    if (outcome.kind === 'done') return onDone(true);
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <form onSubmit={submit} noValidate>
      <TextArea
        field={form.field('note')}
        label={t('opportunities.interest.note')}
        hint={t('opportunities.interest.noteHint')}
        rows={4}
      />
      <TroubleAlert trouble={trouble} />
      <p className="actions">
        <button type="submit" disabled={fetching}>
          {fetching
            ? t('common.sending')
            : updating
              ? t('opportunities.interest.update')
              : t('opportunities.interest.submit')}
        </button>
        {updating && (
          <button type="button" className="secondary" onClick={() => onDone(false)}>
            {t('collectives.cancel')}
          </button>
        )}
      </p>
    </form>
  );
}

const STATUS_ACTIONS: Record<OpportunityStatus, CatalogueKey> = {
  OPEN: 'opportunities.workflow.reopen',
  TEAM_FORMING: 'opportunities.workflow.teamForming',
  SUBMITTED: 'opportunities.workflow.submitted',
  WON: 'opportunities.workflow.won',
  LOST: 'opportunities.workflow.lost',
  CLOSED: 'opportunities.workflow.close',
};

function Workflow({ opportunity, announce }: { opportunity: Opportunity; announce: Announce }) {
  const { t } = useTranslation();
  const [{ fetching }, setStatus] = useMutation(OpportunitySetStatusDocument);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const next = nextStatuses(opportunity.kind, opportunity.status);

  async function move(status: OpportunityStatus): Promise<Trouble | null> {
    setTrouble(null);
    const result = await setStatus({ id: opportunity.id, status });
    const outcome = outcomeOf(result.data?.setOpportunityStatus, result.error, 'OpportunitySuccess');
    if (outcome.kind === 'done') {
      announce(t('opportunities.workflow.moved', { status: t(`opportunities.status.${status}`) }));
      window.setTimeout(() => document.getElementById('workflow-title')?.focus(), 0);
    }
    return troubleOf(outcome);
  }

  return (
    <section aria-labelledby="workflow-title" className="panel">
      <h2 id="workflow-title" tabIndex={-1}>
        {t('opportunities.workflow.title')}
      </h2>
      <p>
        {t('opportunities.workflow.now', { status: t(`opportunities.status.${opportunity.status}`) })}{' '}
        <span className="muted">{t(`opportunities.statusHint.${opportunity.status}`)}</span>
      </p>
      {next.length === 0 ? (
        <p className="muted">{t('opportunities.workflow.final')}</p>
      ) : (
        <div className="actions">
          {next.map((status) =>
            FINAL.includes(status) ? (
              <ConfirmButton
                key={status}
                label={t(STATUS_ACTIONS[status])}
                title={t('opportunities.workflow.confirmTitle', { status: t(`opportunities.status.${status}`) })}
                confirmLabel={t(STATUS_ACTIONS[status])}
                tone={status === 'WON' ? 'default' : 'danger'}
                onConfirm={() => move(status)}
              >
                <p>{t('opportunities.workflow.finalWarning')}</p>
              </ConfirmButton>
            ) : (
              <button
                key={status}
                type="button"
                className="secondary"
                disabled={fetching}
                onClick={async () => {
                  const problem = await move(status);
                  if (problem) setTrouble(problem);
                }}
              >
                {t(STATUS_ACTIONS[status])}
              </button>
            ),
          )}
        </div>
      )}
      <TroubleAlert trouble={trouble} />
    </section>
  );
}

function TeamForming({ opportunity, announce }: { opportunity: Opportunity; announce: Announce }) {
  const { t, language } = useTranslation();
  const [, formTeam] = useMutation(OpportunityFormTeamDocument);
  const [selected, setSelected] = useState<string[]>([]);
  const interests = opportunity.interests.edges.map((edge) => edge.node);
  const open = GATHERING.includes(opportunity.status);
  const chosen = interests.filter((interest) => selected.includes(interest.id) && interest.status !== 'IN_TEAM');
  const names = chosen.map((interest) => interest.member.displayName).join(', ');
  const decidable = interests.filter((interest) => interest.status !== 'IN_TEAM');

  async function decide(field: 'inTeam' | 'notRetained'): Promise<Trouble | null> {
    const ids = chosen
      .filter((interest) => field === 'inTeam' || interest.status === 'INTERESTED')
      .map((interest) => interest.id);
    const result = await formTeam({ input: { opportunityId: opportunity.id, [field]: ids } });
    const outcome = outcomeOf(result.data?.formTeam, result.error, 'OpportunitySuccess');
    if (outcome.kind === 'done') {
      setSelected([]);
      announce(
        field === 'inTeam'
          ? t('opportunities.forming.retained', { names, count: ids.length })
          : t('opportunities.forming.declined', { names, count: ids.length }),
      );
      window.setTimeout(() => document.getElementById('team-title')?.focus(), 0);
    }
    return troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []);
  }

  return (
    <section aria-labelledby="forming-title" className="panel">
      <h2 id="forming-title">{t('opportunities.forming.title', { count: opportunity.interests.totalCount })}</h2>
      {interests.length === 0 ? (
        <p className="notice">{open ? t('opportunities.forming.empty') : t('opportunities.forming.emptyClosed')}</p>
      ) : (
        <>
          {open && <p className="muted">{t('opportunities.forming.intro')}</p>}
          <ul className="interest-list">
            {interests.map((interest) => {
              const id = `interest-${interest.id.replace(/\W/g, '')}`;
              return (
                <li key={interest.id} className="card">
                  <div className="interest-head">
                    {open && interest.status !== 'IN_TEAM' ? (
                      <label className="checkbox" htmlFor={id}>
                        <input
                          id={id}
                          type="checkbox"
                          checked={selected.includes(interest.id)}
                          onChange={(event) =>
                            setSelected((current) =>
                              event.target.checked
                                ? [...current, interest.id]
                                : current.filter((one) => one !== interest.id),
                            )
                          }
                        />
                        <strong>{interest.member.displayName}</strong>
                      </label>
                    ) : (
                      <strong>{interest.member.displayName}</strong>
                    )}{' '}
                    <span className={interest.status === 'IN_TEAM' ? 'badge' : 'badge badge-quiet'}>
                      {t(`opportunities.interestStatus.${interest.status}`)}
                    </span>
                  </div>
                  {interest.member.headline && <p className="muted">{interest.member.headline}</p>}
                  {interest.note && <blockquote className="pre-line">{interest.note}</blockquote>}
                  <p className="muted">
                    {t('opportunities.forming.since', { date: formatDate(interest.createdAt, language) })} ·{' '}
                    <a href={`/membres/${encodeURIComponent(interest.member.handle)}`}>
                      {t('opportunities.forming.profile', { name: interest.member.displayName })}
                    </a>
                  </p>
                </li>
              );
            })}
          </ul>
          {open && decidable.length > 0 && (
            <div className="actions">
              <ConfirmButton
                className=""
                label={t('opportunities.forming.retain', { count: chosen.length })}
                disabled={chosen.length === 0}
                title={t('opportunities.forming.retainTitle', { count: chosen.length })}
                confirmLabel={t('opportunities.forming.retainConfirm')}
                tone="default"
                onConfirm={() => decide('inTeam')}
              >
                <p>{t('opportunities.forming.retainBody', { names, count: chosen.length })}</p>
              </ConfirmButton>
              <ConfirmButton
                label={t('opportunities.forming.decline', { count: chosen.length })}
                disabled={chosen.filter((interest) => interest.status === 'INTERESTED').length === 0}
                title={t('opportunities.forming.declineTitle', { count: chosen.length })}
                confirmLabel={t('opportunities.forming.declineConfirm')}
                onConfirm={() => decide('notRetained')}
              >
                <p>{t('opportunities.forming.declineBody', { names, count: chosen.length })}</p>
              </ConfirmButton>
            </div>
          )}
        </>
      )}
    </section>
  );
}
