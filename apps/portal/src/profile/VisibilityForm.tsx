// /profil, section "Visibilité": the member chooses who finds them (visitors too, or members only)
// and which parts of their profile visitors see. The gateway's visibility rule applies the choice
// at once to the public pages, the API and the sitemap — and to the Fediverse, when the member
// chooses to be followable from Mastodon or Mobilizon (off by default; docs/fediverse.md).
import './catalogue.ts';
import { MyVisibilityDocument, VisibilitySetDocument, type MemberListing, type PublicField } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { LiveStatus, TroubleAlert, useFocusSoon, type Trouble, RadioGroup } from '@ekoacteurs/ui';
import { outcomeOf, troubleOf } from '../shared/network-outcome.ts';
import { NETWORK_PATHS } from '../shared/paths.ts';

export const LISTINGS: MemberListing[] = ['MEMBERS', 'VISITORS'];
export const PUBLIC_PARTS: PublicField[] = ['PLACE', 'PHOTO', 'SKILLS', 'CARD', 'PACE'];

/** Loads the stored choice, then the form starts from it. */
export function VisibilityForm() {
  const [{ data }] = useQuery({ query: MyVisibilityDocument, requestPolicy: 'network-only' });
  const me = data?.viewer;
  if (!me) return null;
  return (
    <VisibilityChoices
      key={me.id}
      stored={{ listing: me.listing ?? 'MEMBERS', parts: me.publicFields ?? [], fediverse: me.fediverse === true }}
      pageOnline={me.page?.published === true}
    />
  );
}

function VisibilityChoices({
  stored,
  pageOnline,
}: {
  stored: { listing: MemberListing; parts: readonly PublicField[]; fediverse: boolean };
  pageOnline: boolean;
}) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching }, save] = useMutation(VisibilitySetDocument);
  const [listing, setListing] = useState<MemberListing>(stored.listing);
  const [parts, setParts] = useState<PublicField[]>([...stored.parts]);
  const [fediverse, setFediverse] = useState(stored.fediverse);
  const [status, setStatus] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    const result = await save({
      listing,
      publicFields: PUBLIC_PARTS.filter((part) => parts.includes(part)),
      fediverse,
    });
    const outcome = outcomeOf(result.data?.setVisibility, 'ProfileSuccess', () => ({}));
    if (outcome.kind === 'done') {
      setStatus(t(`profile.visibility.saved.${listing}`));
      return;
    }
    setTrouble(troubleOf(outcome));
    focusSoon('profile-visibility-trouble');
  }

  const toggle = (part: PublicField) =>
    setParts((current) => (current.includes(part) ? current.filter((p) => p !== part) : [...current, part]));

  return (
    <section aria-labelledby="profile-visibility" className="panel">
      <h2 id="profile-visibility">{t('profile.visibility.title')}</h2>
      <p className="hint muted">{t('profile.visibility.intro')}</p>
      <form onSubmit={submit} noValidate>
        <RadioGroup
          name="listing"
          legend={t('profile.visibility.listingLegend')}
          values={LISTINGS}
          value={listing}
          onChange={setListing}
          labelOf={(value) => t(`profile.visibility.listing.${value}`)}
          hintOf={(value) => t(`profile.visibility.listingHint.${value}`)}
          choiceClassName="checkbox block"
        />
        {listing === 'VISITORS' && !pageOnline && (
          <p className="hint" role="note">
            {t('profile.visibility.pageOffline')} <Link href={NETWORK_PATHS.page}>{t('profile.pageLink')}</Link>
          </p>
        )}
        <fieldset disabled={listing !== 'VISITORS'} aria-describedby="visibility-parts-hint">
          <legend>{t('profile.visibility.partsLegend')}</legend>
          <p id="visibility-parts-hint" className="hint muted">
            {t('profile.visibility.partsHint')}
          </p>
          {PUBLIC_PARTS.map((part) => (
            <label key={part} className="checkbox block">
              <input
                type="checkbox"
                name="publicFields"
                value={part}
                checked={parts.includes(part)}
                onChange={() => toggle(part)}
              />{' '}
              {t(`profile.visibility.part.${part}`)}
            </label>
          ))}
          <label className="checkbox block">
            <input
              type="checkbox"
              name="fediverse"
              checked={fediverse}
              onChange={() => setFediverse((on) => !on)}
              aria-describedby="visibility-fediverse-hint"
            />{' '}
            {t('profile.visibility.fediverse')}
          </label>
          <p id="visibility-fediverse-hint" className="hint muted">
            {t('profile.visibility.fediverseHint')}
          </p>
        </fieldset>
        <TroubleAlert trouble={trouble} id="profile-visibility-trouble" />
        <LiveStatus message={status} />
        <p className="actions">
          <button type="submit" disabled={fetching}>
            {t('profile.visibility.save')}
          </button>
        </p>
      </form>
    </section>
  );
}
