// /reseau/:handle: a member seen from inside the network — profile, skills, the public parts of
// their cooperation card, pace, collectives — with two actions: recommend them (to a client or for
// an opportunity) and ask to be put in touch. Their contact details show once an introduction
// between you is accepted.
import './catalogue.ts';
import { NetworkMemberDocument, type NetworkMemberQuery } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Link, useParams } from 'wouter';
import { Skeleton, LoadFailed, ScreenTitle, Avatar } from '@ekoacteurs/ui';
import { NETWORK_PATHS } from '../shared/paths.ts';
import { IntroductionForm } from './IntroductionForm.tsx';
import { RecommendForm } from './RecommendForm.tsx';
import './network.css';

type Member = NonNullable<NetworkMemberQuery['member']>;
const DOMAINS = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'] as const;

function handleOf(param: string | undefined): string {
  try {
    return decodeURIComponent(param ?? '');
  } catch {
    return param ?? '';
  }
}

export function MemberPage() {
  const { t } = useTranslation();
  const handle = handleOf(useParams<{ handle: string }>().handle);
  const [{ data, fetching, error }, refetch] = useQuery({ query: NetworkMemberDocument, variables: { handle } });
  const member = data?.member;

  if (fetching && !data) return <Skeleton />;
  if (error && !data)
    return (
      <LoadFailed message={t('network.member.failed')} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
    );
  if (!member) {
    return (
      <div className="net-screen">
        <ScreenTitle id="member-missing">{t('network.member.missingTitle')}</ScreenTitle>
        <p>{t('network.member.missing')}</p>
        <p>
          <Link href={NETWORK_PATHS.directory}>{t('network.member.backToDirectory')}</Link>
        </p>
      </div>
    );
  }
  return <MemberView member={member} self={data?.viewer?.id === member.id} />;
}

function MemberView({ member, self }: { member: Member; self: boolean }) {
  const { t, language } = useTranslation();
  const [open, setOpen] = useState<'recommend' | 'introduce' | null>(null);
  const name = (skill: { name: string; nameEn: string }) => (language === 'en' ? skill.nameEn : skill.name);

  return (
    <div className="net-screen member-view">
      <p>
        <Link href={NETWORK_PATHS.directory}>{t('network.member.backToDirectory')}</Link>
      </p>
      <header className="member-header">
        <Avatar name={member.displayName} photoUrl={member.avatarUrl} size="lg" />
        <div>
          <ScreenTitle id="member-title">{member.displayName}</ScreenTitle>
          {member.headline && <p className="lead-small">{member.headline}</p>}
          <p className="muted">{[member.city, member.region].filter(Boolean).join(', ')}</p>
          {member.pace && (
            <p>
              <span className={`pace pace-${member.pace.toLowerCase()}`}>{t(`network.pace.${member.pace}`)}</span>
              {member.paceNote && <span className="muted"> — {member.paceNote}</span>}
            </p>
          )}
        </div>
      </header>

      {self && (
        <p className="notice">
          {t('network.member.self')} <Link href={NETWORK_PATHS.profile}>{t('network.member.editProfile')}</Link>
        </p>
      )}

      <section aria-labelledby="member-contact" className="panel">
        <h2 id="member-contact">{t('network.member.contact')}</h2>
        {member.contact ? (
          <dl className="facts">
            <div>
              <dt>{t('network.member.email')}</dt>
              <dd>
                <a href={`mailto:${member.contact.email}`}>{member.contact.email}</a>
              </dd>
            </div>
            {member.contact.websiteUrl && (
              <div>
                <dt>{t('network.member.website')}</dt>
                <dd>
                  <a href={member.contact.websiteUrl} rel="noopener noreferrer">
                    {member.contact.websiteUrl}
                  </a>
                </dd>
              </div>
            )}
            {member.contact.linkedinUrl && (
              <div>
                <dt>LinkedIn</dt>
                <dd>
                  <a href={member.contact.linkedinUrl} rel="noopener noreferrer">
                    {member.contact.linkedinUrl}
                  </a>
                </dd>
              </div>
            )}
          </dl>
        ) : (
          <p className="muted">{t('network.member.contactHidden')}</p>
        )}
      </section>

      {!self && (
        <section aria-labelledby="member-actions" className="member-actions">
          <h2 id="member-actions" className="visually-hidden">
            {t('network.member.actions')}
          </h2>
          <p className="actions">
            <button
              type="button"
              aria-expanded={open === 'recommend'}
              aria-controls="recommend-panel"
              onClick={() => setOpen(open === 'recommend' ? null : 'recommend')}
            >
              {t('network.member.recommend', { name: member.displayName })}
            </button>
            {!member.contact && (
              <button
                type="button"
                className="secondary"
                aria-expanded={open === 'introduce'}
                aria-controls="introduce-panel"
                onClick={() => setOpen(open === 'introduce' ? null : 'introduce')}
              >
                {t('network.member.introduce')}
              </button>
            )}
          </p>
          <div id="recommend-panel" hidden={open !== 'recommend'}>
            {open === 'recommend' && <RecommendForm member={member} />}
          </div>
          <div id="introduce-panel" hidden={open !== 'introduce'}>
            {open === 'introduce' && <IntroductionForm member={member} />}
          </div>
        </section>
      )}

      {member.bio && (
        <section aria-labelledby="member-bio">
          <h2 id="member-bio">{t('network.member.bio')}</h2>
          <p className="pre-line">{member.bio}</p>
        </section>
      )}

      <section aria-labelledby="member-skills">
        <h2 id="member-skills">{t('network.member.skills')}</h2>
        {member.skills.length === 0 ? (
          <p className="muted">{t('network.member.noSkills')}</p>
        ) : (
          <div className="two-columns">
            {DOMAINS.map((domain) => {
              const skills = member.skills.filter((entry) => entry.skill.domain === domain);
              if (skills.length === 0) return null;
              return (
                <div key={domain}>
                  <h3>{t(`domains.${domain}`)}</h3>
                  <ul>
                    {skills.map((entry) => (
                      <li key={entry.skill.id}>
                        {name(entry.skill)} — <span className="muted">{t(`network.level.${entry.level}`)}</span>
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </div>
        )}
      </section>

      <section aria-labelledby="member-card">
        <h2 id="member-card">{t('network.member.card')}</h2>
        <dl className="card-list">
          {(['canDo', 'cannotDo', 'wishes'] as const).map((part) => (
            <div key={part}>
              <dt>{t(`network.member.${part}`)}</dt>
              <dd className="pre-line">
                {member[part] || <span className="muted">{t('network.member.notSaid')}</span>}
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="member-collectives">
        <h2 id="member-collectives">{t('network.member.collectives')}</h2>
        {member.collectives.length === 0 ? (
          <p className="muted">{t('network.member.noCollectives')}</p>
        ) : (
          <ul>
            {member.collectives.map((membership) => (
              <li key={membership.id}>
                <a href={`/collectifs/${encodeURIComponent(membership.collective.slug)}`}>
                  {membership.collective.name}
                </a>{' '}
                <span className="muted">({t(`network.member.role.${membership.role}`)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
