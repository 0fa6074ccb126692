// "Suggestions pour vous": members who complement you, each with why — their offer meets one of your
// wishes, or their advanced skills fill a domain you lack. The API's reason is French; in another
// language the reason is told from its parts. One row of cards of a fixed height (the kit's shelf):
// nothing under it moves when they arrive.
import type { DirectorySuggestionsQuery } from '@ekoacteurs/client';
import { useTranslation, type Translate } from '@ekoacteurs/ui/i18n.ts';
import { useQuery } from 'urql';
import { Link } from 'wouter';
import { LoadFailed, Shelf, ShelfCards } from '@ekoacteurs/ui';
import { NETWORK_PATHS } from '../shared/paths.ts';
import { MemberCard } from './MemberCard.tsx';
import { SUGGESTIONS_QUERY } from './suggestions-query.ts';

type Suggestion = NonNullable<NonNullable<DirectorySuggestionsQuery['viewer']>['suggestedMembers']>[number];

export function reasonIn(language: string, suggestion: Suggestion, t: Translate): string {
  if (language.startsWith('fr') && suggestion.reason) return suggestion.reason;
  const parts: string[] = [];
  for (const match of suggestion.matchedWishes)
    parts.push(t('network.suggestions.wish', { wish: match.wish, words: match.words.join(', ') }));
  if (suggestion.complementaryDomains.length) {
    parts.push(
      t('network.suggestions.domains', {
        domains: suggestion.complementaryDomains.map((domain) => t(`domains.${domain}`)).join(', '),
      }),
    );
  }
  return parts.join(' ') || suggestion.reason;
}

export function Suggestions() {
  const { t, language } = useTranslation();
  const [{ data, error }, refetch] = useQuery(SUGGESTIONS_QUERY);
  const suggestions = data?.viewer?.suggestedMembers;

  return (
    <Shelf id="suggestions-title" title={t('network.suggestions.title')}>
      {error && !data ? (
        <LoadFailed
          message={t('network.suggestions.failed')}
          onRetry={() => refetch({ requestPolicy: 'network-only' })}
        />
      ) : suggestions && suggestions.length === 0 ? (
        <p className="notice">
          {t('network.suggestions.none')}{' '}
          <Link href={`${NETWORK_PATHS.profile}#profile-card`}>{t('network.suggestions.completeCard')}</Link>
        </p>
      ) : suggestions ? (
        <ShelfCards>
          {suggestions.map((suggestion) => (
            <li key={suggestion.member.id} className="card">
              <MemberCard member={suggestion.member} />
              <p className="reason">
                <strong>{t('network.suggestions.why')}</strong>{' '}
                <span lang={reasonIn(language, suggestion, t) === suggestion.reason ? 'fr' : undefined}>
                  {reasonIn(language, suggestion, t)}
                </span>
              </p>
            </li>
          ))}
        </ShelfCards>
      ) : null}
    </Shelf>
  );
}
