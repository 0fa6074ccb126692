// /profil: the member edits their profile in one form with one save — identity and links, skills
// with levels (SkillPicker), cooperation card (concerns stay private), pace — and leaving with
// unsaved changes asks first. The photo (PhotoField) is sent as soon as it is chosen; who sees
// the profile (VisibilityForm) is a separate choice below, saved on its own.
import './catalogue.ts';
import {
  MyProfileDocument,
  ProfileCardUpdateDocument,
  ProfilePaceSetDocument,
  ProfileSkillsSetDocument,
  ProfileUpdateDocument,
  type MyProfileFieldsFragment,
  type Pace,
} from '@ekoacteurs/client';
import {
  LiveStatus,
  LoadFailed,
  REGIONS,
  ScreenTitle,
  Skeleton,
  type Trouble,
  TroubleAlert,
  useFocusSoon,
  SectionNav,
  RadioGroup,
} from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { outcomeOf, troubleOf, type Outcome } from '../shared/network-outcome.ts';
import { Field, useProblemText } from '../shared/StateField.tsx';
import { useFields, type FieldState } from '../shared/field-state.ts';
import { memberPath, NETWORK_PATHS } from '../shared/paths.ts';
import { fieldErrorMap } from '../shared/form.ts';
import { MAX_SKILLS, PROFILE_RULES } from '@ekoacteurs/contract/input-rules';
import { PhotoField } from './PhotoField.tsx';
import './profile.css';
import { SkillPicker, type Levels } from './SkillPicker.tsx';
import { useUnsavedWarning } from './useUnsavedWarning.ts';
import { VisibilityForm } from './VisibilityForm.tsx';

export const PACES: Pace[] = ['AVAILABLE', 'STEADY', 'LIMITED', 'PAUSED'];

export function ProfilePage() {
  const { t } = useTranslation();
  // From the server, never a partial copy from the cache: the form starts from what is stored.
  const [{ data, fetching, error }, refetch] = useQuery({ query: MyProfileDocument, requestPolicy: 'network-only' });
  const me = data?.viewer;

  return (
    <div className="net-screen">
      <ScreenTitle id="profile-title">{t('profile.title')}</ScreenTitle>
      <p className="lead-small">{t('profile.intro')}</p>
      {me && (
        <p className="actions">
          <Link href={NETWORK_PATHS.page}>{t('profile.pageLink')}</Link>
          <Link href={memberPath(me.handle)}>{t('profile.seeAsOthers')}</Link>
        </p>
      )}
      {fetching && !data && <Skeleton />}
      {error && !data && (
        <LoadFailed message={t('profile.loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      )}
      {me && (
        <>
          <SectionNav
            label={t('profile.partsNav')}
            parts={[
              { id: 'profile-identity', title: t('profile.identity.title') },
              { id: 'profile-skills', title: t('profile.skills.title') },
              { id: 'profile-card', title: t('profile.card.title') },
              { id: 'profile-pace', title: t('profile.pace.title') },
              { id: 'profile-visibility', title: t('profile.visibility.title') },
            ]}
          />
          <ProfileForm key={me.id} me={me} />
          <VisibilityForm />
        </>
      )}
    </div>
  );
}

const identityOf = (me: MyProfileFieldsFragment) => ({
  displayName: me.displayName,
  headline: me.headline,
  bio: me.bio,
  city: me.city,
  region: me.region,
  websiteUrl: me.contact?.websiteUrl ?? '',
  linkedinUrl: me.contact?.linkedinUrl ?? '',
});
const cardOf = (me: MyProfileFieldsFragment) => ({
  canDo: me.canDo,
  cannotDo: me.cannotDo,
  wishes: me.wishes,
  concerns: me.concerns ?? '',
});
const levelsOf = (me: MyProfileFieldsFragment): Levels =>
  Object.fromEntries(me.skills.map((entry) => [entry.skill.id, entry.level]));
const trimmed = <T extends Record<string, string>>(values: T): T =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])) as T;

/** Same keys, same values (the order keys were added in does not matter). */
function same(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function ProfileForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [, updateProfile] = useMutation(ProfileUpdateDocument);
  const [, setSkills] = useMutation(ProfileSkillsSetDocument);
  const [, updateCard] = useMutation(ProfileCardUpdateDocument);
  const [, setPace] = useMutation(ProfilePaceSetDocument);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  const identity = useFields('profile', identityOf(me), PROFILE_RULES);
  const card = useFields('card', cardOf(me), PROFILE_RULES);
  const note = useFields('pace', { paceNote: me.paceNote }, PROFILE_RULES);
  const [pace, choosePace] = useState<Pace>(me.pace ?? 'STEADY');
  const [levels, setLevels] = useState<Levels>(() => levelsOf(me));
  const [photoUrl, setPhotoUrl] = useState<string | null>(me.avatarUrl ?? null);
  // What the server holds: changes are measured against it, and it moves with each part saved.
  const [saved, setSaved] = useState(() => ({
    identity: identityOf(me),
    levels: levelsOf(me),
    card: cardOf(me),
    pace: { pace: me.pace ?? 'STEADY', paceNote: me.paceNote },
  }));

  const changed = {
    identity: !same(identity.values, saved.identity),
    skills: !same(levels, saved.levels),
    card: !same(card.values, saved.card),
    pace: !same({ pace, paceNote: note.values.paceNote }, saved.pace),
  };
  const dirty = Object.values(changed).some(Boolean);
  useUnsavedWarning(dirty, t('profile.unsaved.confirm'));
  const regionText = useProblemText()(identity.field('region').problem);

  /** Shows what went wrong with one part (under the fields, or as an alert) and moves focus there. */
  function failed(
    outcome: Outcome<unknown>,
    form: { setServer: (fields: Record<string, string>) => void } | null,
    prefix: string,
    names: readonly string[],
  ): false {
    if (outcome.kind === 'invalid' && form) {
      form.setServer(outcome.fields);
      const first = names.find((name) => name in outcome.fields);
      if (first) {
        focusSoon(`${prefix}-${first}`);
        return false;
      }
    }
    setTrouble(troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []));
    focusSoon('profile-trouble');
    return false;
  }

  /** Sends a part made of text fields, trimmed; once taken, its fields show what was sent and that is what the server holds. */
  async function saveTexts<P extends 'identity' | 'card'>(
    part: P,
    form: { values: (typeof saved)[P]; setValues: (values: (typeof saved)[P]) => void } & Parameters<typeof failed>[1],
    prefix: string,
    send: (values: (typeof saved)[P]) => Promise<Outcome<unknown>>,
  ) {
    const v = trimmed(form.values);
    const outcome = await send(v);
    if (outcome.kind !== 'done') return failed(outcome, form, prefix, Object.keys(v));
    form.setValues(v);
    setSaved((s) => ({ ...s, [part]: v }));
    return true;
  }

  const saveIdentity = () =>
    saveTexts('identity', identity, 'profile', async (v) => {
      const result = await updateProfile({
        input: { ...v, websiteUrl: v.websiteUrl || null, linkedinUrl: v.linkedinUrl || null },
      });
      return outcomeOf(result.data?.updateProfile, 'ProfileSuccess', fieldErrorMap);
    });

  async function saveSkills() {
    const sent = { ...levels };
    const result = await setSkills({ skills: Object.entries(sent).map(([skillId, level]) => ({ skillId, level })) });
    const outcome = outcomeOf(result.data?.setMemberSkills, 'ProfileSuccess', fieldErrorMap);
    if (outcome.kind !== 'done') return failed(outcome, null, 'profile', []);
    setSaved((s) => ({ ...s, levels: sent }));
    return true;
  }

  const saveCard = () =>
    saveTexts('card', card, 'card', async (v) =>
      outcomeOf((await updateCard({ input: v })).data?.updateCooperationCard, 'ProfileSuccess', fieldErrorMap),
    );

  async function savePace() {
    const paceNote = note.values.paceNote.trim();
    const result = await setPace({ pace, note: paceNote });
    const outcome = outcomeOf(result.data?.setPace, 'ProfileSuccess', (errors) => {
      const byName = fieldErrorMap(errors);
      return byName.note ? { paceNote: byName.note } : byName;
    });
    if (outcome.kind !== 'done') return failed(outcome, note, 'pace', ['paceNote']);
    note.setValues({ paceNote });
    setSaved((s) => ({ ...s, pace: { pace, paceNote } }));
    return true;
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    // Every part is checked before anything is sent; focus goes to the first problem on the page.
    const tooManySkills = Object.keys(levels).length > MAX_SKILLS ? 'profile-skills-count' : null;
    const invalid = [identity.check(), tooManySkills, card.check(), note.check()].find(Boolean);
    if (invalid) return focusSoon(invalid);
    if (!dirty) return setStatus(t('profile.nothingToSave'));
    setSaving(true);
    try {
      const parts = [
        [changed.identity, saveIdentity],
        [changed.skills, saveSkills],
        [changed.card, saveCard],
        [changed.pace, savePace],
      ] as const;
      for (const [needed, save] of parts) {
        if (needed && !(await save())) return;
      }
      setStatus(t('profile.saved'));
    } finally {
      setSaving(false);
    }
  }

  const region = identity.field('region');
  return (
    <form onSubmit={submit} noValidate className="profile-form">
      <section aria-labelledby="profile-identity" className="panel">
        <h2 id="profile-identity">{t('profile.identity.title')}</h2>
        <PhotoField name={identity.values.displayName || me.displayName} photoUrl={photoUrl} onChange={setPhotoUrl} />
        <Field
          field={identity.field('displayName')}
          label={t('profile.identity.displayName')}
          autoComplete="name"
          counter
        />
        <Field
          field={identity.field('headline')}
          label={t('profile.identity.headline')}
          hint={t('profile.identity.headlineHint')}
          optional
          counter
        />
        <Field field={identity.field('bio')} label={t('profile.identity.bio')} optional counter multiline rows={6} />
        <div className="two-columns">
          <Field
            field={identity.field('city')}
            label={t('profile.identity.city')}
            autoComplete="address-level2"
            optional
          />
          <div className="field">
            <label htmlFor={region.id}>{t('profile.identity.region')}</label>
            <select
              id={region.id}
              value={region.value}
              onChange={(event) => region.set(event.target.value)}
              onBlur={region.onBlur}
              aria-invalid={!!region.problem}
              aria-required
              aria-describedby={regionText ? `${region.id}-error` : undefined}
            >
              <option value="">{t('profile.identity.chooseRegion')}</option>
              {[...new Set([...(REGIONS as readonly string[]), ...(region.value ? [region.value] : [])])].map(
                (name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ),
              )}
            </select>
            {regionText && (
              <p id={`${region.id}-error`} className="field-error">
                {regionText}
              </p>
            )}
          </div>
        </div>
        <Field
          field={identity.field('websiteUrl')}
          label={t('profile.identity.website')}
          hint={t('profile.identity.linksHint')}
          optional
          type="url"
          autoComplete="url"
        />
        <Field
          field={identity.field('linkedinUrl')}
          label={t('profile.identity.linkedin')}
          hint={t('profile.identity.linkedinHint')}
          optional
          type="url"
        />
      </section>

      <SkillPicker levels={levels} onChange={setLevels} />

      <section aria-labelledby="profile-card" className="panel">
        <h2 id="profile-card">{t('profile.card.title')}</h2>
        <p className="hint muted">{t('profile.card.intro')}</p>
        <CardAnswer field={card.field('canDo')} label={t('profile.card.canDo')} />
        <CardAnswer field={card.field('cannotDo')} label={t('profile.card.cannotDo')} />
        <CardAnswer field={card.field('wishes')} label={t('profile.card.wishes')} hint={t('profile.card.wishesHint')} />
        <div className="private-field">
          <CardAnswer
            field={card.field('concerns')}
            label={t('profile.card.concerns')}
            hint={t('profile.card.private')}
          />
        </div>
      </section>

      <section aria-labelledby="profile-pace" className="panel">
        <h2 id="profile-pace">{t('profile.pace.title')}</h2>
        <RadioGroup
          className="pace-choices"
          choiceClassName="pace-choice"
          name="pace"
          legend={t('profile.pace.legend')}
          values={PACES}
          value={pace}
          onChange={choosePace}
          labelOf={(value) => t(`network.pace.${value}`)}
          hintOf={(value) => t(`profile.pace.hint.${value}`)}
        />
        <Field
          field={note.field('paceNote')}
          label={t('profile.pace.note')}
          hint={t('profile.pace.noteHint')}
          optional
          counter
        />
      </section>

      <div className="save-bar">
        <TroubleAlert trouble={trouble} id="profile-trouble" />
        <LiveStatus message={status} />
        <p className="actions">
          <button type="submit" disabled={saving}>
            {saving ? t('network.saving') : t('profile.save')}
          </button>
          <span className={dirty ? 'unsaved' : 'muted'} aria-live="polite">
            {dirty ? t('profile.unsaved.notice') : t('profile.unsaved.none')}
          </span>
        </p>
      </div>
    </form>
  );
}

/** One answer on the cooperation card: free text, optional, its length counted. */
function CardAnswer({ field, label, hint }: { field: FieldState; label: string; hint?: string }) {
  return <Field field={field} label={label} hint={hint} optional counter multiline />;
}
