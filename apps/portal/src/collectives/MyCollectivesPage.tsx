// "Mes collectifs": the collectives I belong to, invitations and requests waiting for an answer,
// and creating a collective.
import './catalogue.ts';
import {
  CollectiveInvitationAcceptDocument,
  CollectiveInvitationDeclineDocument,
  MyCollectivesDocument,
  type PendingCollectiveMembershipFragment,
} from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { CharterAgreement, useCharterAgreement } from './CharterAgreement.tsx';
import { CharterList } from './CharterList.tsx';
import { CreateCollectiveForm } from './CreateCollectiveForm.tsx';
import { collectivePath, COLLECTIVE_PATHS } from '../shared/paths.ts';
import {
  ConfirmButton,
  LiveStatus,
  LoadFailed,
  ScreenTitle,
  Skeleton,
  TroubleAlert,
  useArrival,
  useFocusSoon,
  Illustration,
} from '@ekoacteurs/ui';
import { formatDate } from '../shared/dates.ts';
import { outcomeOf, troubleOf, type Trouble } from '../shared/outcome.ts';
import './collectives.css';

export function MyCollectivesPage() {
  const { t, language } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: MyCollectivesDocument });
  // Arriving after leaving a collective (its page sends the name along).
  const left = useArrival<string>('left');
  const [announcement, setAnnouncement] = useState<string | null>(() =>
    left ? t('collectives.about.left', { name: left }) : null,
  );
  const focusSoon = useFocusSoon();
  const viewer = data?.viewer;
  const pending = viewer?.pendingCollectiveMemberships ?? [];
  const invitations = pending.filter((m) => m.status === 'INVITED');
  const requests = pending.filter((m) => m.status === 'REQUESTED');

  return (
    <section aria-labelledby="my-collectives-title" className="co-screen collectives">
      <ScreenTitle id="my-collectives-title">{t('collectives.mine.title')}</ScreenTitle>
      <p className="lead-small">{t('collectives.mine.intro')}</p>
      <LiveStatus message={announcement} />

      {fetching && !data && <Skeleton label={t('collectives.mine.loading')} />}
      {error && !data && (
        <LoadFailed
          message={t('collectives.mine.error')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}

      {viewer && invitations.length > 0 && (
        <section aria-labelledby="invitations-title">
          <h2 id="invitations-title">{t('collectives.invitations.title', { count: invitations.length })}</h2>
          <ul className="stack">
            {invitations.map((invitation) => (
              <li key={invitation.id}>
                <Invitation
                  invitation={invitation}
                  onAccepted={(name, id) => {
                    setAnnouncement(t('collectives.invitations.accepted', { name }));
                    focusSoon(`my-collective-${id}`);
                  }}
                  onDeclined={(name) => {
                    setAnnouncement(t('collectives.invitations.declined', { name }));
                    focusSoon('my-collectives-title');
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}

      {viewer && (
        <section aria-labelledby="member-of-title">
          <h2 id="member-of-title">{t('collectives.mine.memberOf')}</h2>
          {viewer.collectives.length === 0 ? (
            <div className="notice">
              <p>{t('collectives.mine.empty')}</p>
              <p className="actions">
                <Link href={COLLECTIVE_PATHS.browse} className="button secondary">
                  {t('collectives.mine.browse')}
                </Link>
              </p>
            </div>
          ) : (
            <ul className="cards">
              {viewer.collectives.map((membership) => (
                <li key={membership.id} className="card">
                  <article aria-labelledby={`my-collective-${membership.id}-name`}>
                    <Illustration slug={membership.collective.slug} />
                    <p className="eyebrow">{t(`collectives.role.${membership.role}`)}</p>
                    <h3 id={`my-collective-${membership.id}-name`}>
                      <Link id={`my-collective-${membership.id}`} href={collectivePath(membership.collective.slug)}>
                        {membership.collective.name}
                      </Link>
                    </h3>
                    <p>{membership.collective.purpose}</p>
                    {membership.collective.region && <p className="muted">{membership.collective.region}</p>}
                    {membership.responsibilities && (
                      <p className="muted pre-line">
                        <strong>{t('collectives.members.responsibilitiesLabel')}</strong> {membership.responsibilities}
                      </p>
                    )}
                  </article>
                </li>
              ))}
            </ul>
          )}
          {viewer.collectives.length > 0 && (
            <p>
              <Link href={COLLECTIVE_PATHS.browse}>{t('collectives.mine.browseMore')}</Link>
            </p>
          )}
        </section>
      )}

      {viewer && requests.length > 0 && (
        <section aria-labelledby="requests-title">
          <h2 id="requests-title">{t('collectives.requests.title', { count: requests.length })}</h2>
          <ul className="stack">
            {requests.map((request) => (
              <li key={request.id} className="card">
                <h3>
                  <Link href={collectivePath(request.collective.slug)}>{request.collective.name}</Link>
                </h3>
                <p className="muted">
                  {t('collectives.requests.waiting', { date: formatDate(request.createdAt, language) })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      {viewer && <CreateCollectiveForm />}
    </section>
  );
}

function Invitation({
  invitation,
  onAccepted,
  onDeclined,
}: {
  invitation: PendingCollectiveMembershipFragment;
  onAccepted: (name: string, membershipId: string) => void;
  onDeclined: (name: string) => void;
}) {
  const { t, language } = useTranslation();
  const [{ fetching: accepting }, accept] = useMutation(CollectiveInvitationAcceptDocument);
  const [, decline] = useMutation(CollectiveInvitationDeclineDocument);
  const agreement = useCharterAgreement();
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const { collective } = invitation;
  const base = `invitation-${invitation.id}`;

  async function onAccept() {
    setTrouble(null);
    if (!agreement.agreed) {
      agreement.demand();
      document.getElementById(`${base}-agree`)?.focus();
      return;
    }
    const result = await accept({ id: invitation.id, acceptCharter: true });
    const outcome = outcomeOf(result.data?.acceptCollectiveInvitation, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') return onAccepted(collective.name, invitation.id);
    if (outcome.kind === 'invalid' && outcome.fields.acceptCharter) return agreement.demand();
    setTrouble(troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []));
  }

  async function onDecline(message: string) {
    const result = await decline({ id: invitation.id, message: message || null });
    const outcome = outcomeOf(result.data?.declineCollectiveInvitation, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') onDeclined(collective.name);
    return troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []);
  }

  return (
    <article className="card invitation" aria-labelledby={`${base}-title`}>
      <p className="eyebrow">
        {t('collectives.invitations.eyebrow', { date: formatDate(invitation.createdAt, language) })}
      </p>
      <h3 id={`${base}-title`}>{collective.name}</h3>
      <p>{collective.purpose}</p>
      {collective.region && <p className="muted">{collective.region}</p>}
      <h4 id={`${base}-charter`}>{t('collectives.charter.toRead', { count: collective.charter?.length ?? 0 })}</h4>
      <CharterList charter={collective.charter} />
      <CharterAgreement base={base} name={collective.name} agreement={agreement} />
      <TroubleAlert trouble={trouble} />
      <p className="actions">
        <button type="button" onClick={onAccept} disabled={accepting}>
          {accepting ? t('common.sending') : t('collectives.invitations.accept')}
        </button>
        <ConfirmButton
          label={t('collectives.invitations.decline')}
          title={t('collectives.invitations.declineTitle', { name: collective.name })}
          confirmLabel={t('collectives.invitations.declineConfirm')}
          field={{ optional: true, label: t('collectives.invitations.declineMessage'), maxLength: 1000 }}
          onConfirm={onDecline}
        >
          <p>{t('collectives.invitations.declineBody')}</p>
        </ConfirmButton>
      </p>
    </article>
  );
}
