// Inviting members of the federation: search the directory (name, skill, town), then invite
// with an optional personal word. People already in, invited or asking are marked as such.
import { CollectiveInviteDocument, CollectiveInviteSearchDocument } from '@ekoacteurs/client';
import { useState } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useTypedSearch } from '../shared/useTypedSearch.ts';
import { useMutation, useQuery } from 'urql';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { RULES } from './rules.ts';
import { TroubleAlert } from '@ekoacteurs/ui';
import { TextArea } from '../shared/Fields.tsx';
import { useForm } from '../shared/form.ts';
import { outcomeOf, type Trouble, troubleOnForm } from '../shared/outcome.ts';
import type { SectionProps } from './standing.ts';

const SEARCH_MIN = 2;
/** The directory's search (the API's limit). */
const SEARCH_MAX = NETWORK_RULES.search.max;

export function InviteForm({ collective, announce }: Pick<SectionProps, 'collective' | 'announce'>) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // Ask the directory once typing pauses.
  const [typed, setTyped] = useTypedSearch(search, setSearch, SEARCH_MAX);
  const form = useForm('invite', { message: '' }, { message: RULES.message });
  const [{ fetching: inviting }, invite] = useMutation(CollectiveInviteDocument);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [invitedName, setInvitedName] = useState<string | null>(null);

  const searching = search.length >= SEARCH_MIN;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CollectiveInviteSearchDocument,
    variables: { search, first: 8 },
    pause: !searching,
  });
  const results = searching ? (data?.members?.edges.map((edge) => edge.node) ?? []) : [];

  const standingOf = (memberId: string) => {
    if (collective.members.edges.some((edge) => edge.node.member.id === memberId)) return 'member';
    const pending = collective.memberships?.edges.find((edge) => edge.node.member.id === memberId)?.node.status;
    if (pending === 'INVITED') return 'invited';
    if (pending === 'REQUESTED') return 'requested';
    return null;
  };

  async function onInvite(memberId: string, name: string) {
    setTrouble(null);
    setInvitedName(null);
    if (!form.validate()) return;
    const result = await invite({ collectiveId: collective.id, memberId, message: form.values.message.trim() || null });
    const outcome = outcomeOf(result.data?.inviteToCollective, result.error, 'CollectiveMembershipSuccess');
    if (outcome.kind === 'done') {
      setInvitedName(name);
      announce(t('collectives.invite.sent', { name }));
      form.reset();
      window.setTimeout(() => document.getElementById('invite-search')?.focus(), 0);
      return;
    }
    setTrouble(troubleOnForm(outcome, form));
  }

  return (
    <section aria-labelledby="invite-title" className="panel">
      <h3 id="invite-title">{t('collectives.invite.title')}</h3>
      <div className="field">
        <label htmlFor="invite-search">{t('collectives.invite.search')}</label>
        <p id="invite-search-hint" className="hint muted">
          {t('collectives.invite.searchHint')}
        </p>
        <input
          id="invite-search"
          type="search"
          autoComplete="off"
          value={typed}
          maxLength={SEARCH_MAX}
          onChange={(event) => setTyped(event.target.value)}
          aria-describedby="invite-search-hint"
          aria-controls="invite-results"
        />
      </div>
      <TextArea
        field={form.field('message')}
        label={t('collectives.invite.message')}
        hint={t('collectives.invite.messageHint')}
        optional
        rows={2}
      />

      <div id="invite-results" aria-live="polite" aria-busy={fetching}>
        {searching && fetching && !data && <p className="muted">{t('collectives.invite.searching')}</p>}
        {searching && error && !data && (
          <div className="notice notice-error">
            <p>{t('collectives.invite.error')}</p>
            <button type="button" onClick={() => reexecute({ requestPolicy: 'network-only' })}>
              {t('collectives.retry')}
            </button>
          </div>
        )}
        {searching && data && results.length === 0 && (
          <p className="muted">{t('collectives.invite.none', { search })}</p>
        )}
        {results.length > 0 && (
          <ul
            className="member-list"
            aria-label={t('collectives.invite.results', { count: data?.members?.totalCount ?? results.length })}
          >
            {results.map((person) => {
              const already = standingOf(person.id);
              return (
                <li key={person.id} className="result-row">
                  <p>
                    <strong>{person.displayName}</strong>
                    {person.headline && <span className="muted"> — {person.headline}</span>}
                    {(person.city || person.region) && (
                      <span className="muted"> · {[person.city, person.region].filter(Boolean).join(', ')}</span>
                    )}
                  </p>
                  {already ? (
                    <span className="badge badge-quiet">{t(`collectives.invite.already.${already}`)}</span>
                  ) : (
                    <button
                      type="button"
                      disabled={inviting}
                      aria-label={t('collectives.invite.inviteLabel', { name: person.displayName })}
                      onClick={() => onInvite(person.id, person.displayName)}
                    >
                      {t('collectives.invite.invite')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </div>
      {invitedName && <p className="notice notice-success">{t('collectives.invite.sent', { name: invitedName })}</p>}
      <TroubleAlert trouble={trouble} />
    </section>
  );
}
