// A member in a list: their avatar, name (link to their profile inside the network), headline, place, pace and
// their strongest skills.
import type { DirectoryCardFragment } from '@ekoacteurs/client';
import { Avatar } from '@ekoacteurs/ui';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { Link } from 'wouter';
import { memberPath } from '../shared/paths.ts';

const LEVEL_RANK = { EXPERT: 0, ADVANCED: 1, INTERMEDIATE: 2, BEGINNER: 3 } as const;

export function MemberCard({
  member,
  headingLevel = 3,
  id,
}: {
  member: DirectoryCardFragment;
  headingLevel?: 2 | 3;
  id?: string;
}) {
  const { t, language } = useTranslation();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const skills = [...member.skills].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level]).slice(0, 4);
  return (
    <>
      <div className="with-avatar">
        <Avatar name={member.displayName} photoUrl={member.avatarUrl} />
        <Heading className="member-name">
          <Link href={memberPath(member.handle)} id={id}>
            {member.displayName}
          </Link>
        </Heading>
      </div>
      {member.headline && <p className="member-headline">{member.headline}</p>}
      <p className="muted">
        {[member.city, member.region].filter(Boolean).join(', ')}
        {member.pace && (
          <>
            {' · '}
            <span className={`pace pace-${member.pace.toLowerCase()}`}>{t(`network.pace.${member.pace}`)}</span>
          </>
        )}
      </p>
      {skills.length > 0 && (
        <ul className="chips" aria-label={t('network.skillsOf', { name: member.displayName })}>
          {skills.map((entry) => (
            <li key={entry.skill.id}>
              {language === 'en' ? entry.skill.nameEn : entry.skill.name}{' '}
              <span className="muted">({t(`network.level.${entry.level}`)})</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
