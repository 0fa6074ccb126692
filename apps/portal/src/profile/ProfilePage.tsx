// /profil: the member edits their profile (identity, links, picture), their skills with levels,
// their cooperation card (concerns stay private), their pace and their visibility (VisibilityForm).
// Each part saves on its own.
import {
  MyProfileDocument,
  ProfileCardUpdateDocument,
  ProfilePaceSetDocument,
  ProfileSkillsSetDocument,
  ProfileUpdateDocument,
  SkillsTaxonomyDocument,
  type MyProfileFieldsFragment,
  type Pace,
  type SkillDomain,
  type SkillLevel,
} from '@ekoacteurs/client';
import { LiveStatus, LoadFailed, REGIONS, ScreenTitle, Skeleton, type Trouble, TroubleAlert, useFocusSoon } from '@ekoacteurs/ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Link } from 'wouter';
import { outcomeOf, troubleOf } from '../shared/network-outcome.ts';
import { Field, useProblemText } from '../shared/StateField.tsx';
import { useFields } from '../shared/field-state.ts';
import { memberPath, NETWORK_PATHS } from '../shared/paths.ts';
import { fieldErrorMap, MAX_SKILLS, PROFILE_RULES } from '../shared/network-rules.ts';
import './profile.css';
import { VisibilityForm } from './VisibilityForm.tsx';

export const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];
export const LEVELS: SkillLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];
export const PACES: Pace[] = ['AVAILABLE', 'STEADY', 'LIMITED', 'PAUSED'];

export function ProfilePage() {
  const { t } = useTranslation();
  // From the server, never a partial copy from the cache: the forms start from what is stored.
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
      {error && !data && <LoadFailed message={t('profile.loadFailed')} onRetry={() => refetch({ requestPolicy: 'network-only' })} />}
      {me && (
        <>
          <nav aria-label={t('profile.partsNav')} className="section-nav">
            <ul>
              <li><a href="#profile-identity">{t('profile.identity.title')}</a></li>
              <li><a href="#profile-skills">{t('profile.skills.title')}</a></li>
              <li><a href="#profile-card">{t('profile.card.title')}</a></li>
              <li><a href="#profile-pace">{t('profile.pace.title')}</a></li>
              <li><a href="#profile-visibility">{t('profile.visibility.title')}</a></li>
            </ul>
          </nav>
          <IdentityForm me={me} />
          <SkillsForm me={me} />
          <CardForm me={me} />
          <PaceForm me={me} />
          <VisibilityForm />
        </>
      )}
    </div>
  );
}

/** The outcome of a save: a status to announce, or a trouble to show, and focus where it belongs. */
function useSaveFeedback() {
  const [status, setStatus] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  return { status, trouble, setStatus, setTrouble };
}

function IdentityForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching }, update] = useMutation(ProfileUpdateDocument);
  const { status, trouble, setStatus, setTrouble } = useSaveFeedback();
  const form = useFields(
    'profile',
    {
      displayName: me.displayName,
      headline: me.headline,
      bio: me.bio,
      city: me.city,
      region: me.region,
      websiteUrl: me.contact?.websiteUrl ?? '',
      linkedinUrl: me.contact?.linkedinUrl ?? '',
      avatarUrl: me.avatarUrl ?? '',
    },
    PROFILE_RULES,
  );
  const regionText = useProblemText()(form.field('region').problem);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    const invalid = form.check();
    if (invalid) return focusSoon(invalid);
    const v = form.values;
    const result = await update({
      input: {
        displayName: v.displayName.trim(),
        headline: v.headline.trim(),
        bio: v.bio.trim(),
        city: v.city.trim(),
        region: v.region,
        websiteUrl: v.websiteUrl.trim() || null,
        linkedinUrl: v.linkedinUrl.trim() || null,
        avatarUrl: v.avatarUrl.trim() || null,
      },
    });
    const outcome = outcomeOf(result.data?.updateProfile, 'ProfilePayload', fieldErrorMap);
    if (outcome.kind === 'done') return setStatus(t('profile.saved'));
    if (outcome.kind === 'invalid') {
      form.setServer(outcome.fields);
      const first = Object.keys(outcome.fields).find((name) => name in v);
      if (first) return focusSoon(`profile-${first}`);
    }
    setTrouble(troubleOf(outcome));
    focusSoon('profile-identity-trouble');
  }

  const region = form.field('region');
  return (
    <section aria-labelledby="profile-identity" className="panel">
      <h2 id="profile-identity">{t('profile.identity.title')}</h2>
      <form onSubmit={submit} noValidate>
        <Field field={form.field('displayName')} label={t('profile.identity.displayName')} autoComplete="name" counter />
        <Field field={form.field('headline')} label={t('profile.identity.headline')} hint={t('profile.identity.headlineHint')} optional counter />
        <Field field={form.field('bio')} label={t('profile.identity.bio')} optional counter multiline rows={6} />
        <div className="two-columns">
          <Field field={form.field('city')} label={t('profile.identity.city')} autoComplete="address-level2" optional />
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
              {[...new Set([...(REGIONS as readonly string[]), ...(region.value ? [region.value] : [])])].map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            {regionText && (
              <p id={`${region.id}-error`} className="field-error">
                {regionText}
              </p>
            )}
          </div>
        </div>
        <Field field={form.field('websiteUrl')} label={t('profile.identity.website')} hint={t('profile.identity.linksHint')} optional type="url" inputMode="url" autoComplete="url" />
        <Field field={form.field('linkedinUrl')} label={t('profile.identity.linkedin')} hint={t('profile.identity.linkedinHint')} optional type="url" inputMode="url" />
        <Field field={form.field('avatarUrl')} label={t('profile.identity.avatar')} hint={t('profile.identity.avatarHint')} optional type="url" inputMode="url" />
        <TroubleAlert trouble={trouble} id="profile-identity-trouble" />
        <LiveStatus message={status} />
        <p className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t('network.saving') : t('profile.identity.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

function SkillsForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ data, fetching: loading, error }, reload] = useQuery({ query: SkillsTaxonomyDocument });
  const [{ fetching }, save] = useMutation(ProfileSkillsSetDocument);
  const [levels, setLevels] = useState<Record<string, SkillLevel>>(() => Object.fromEntries(me.skills.map((entry) => [entry.skill.id, entry.level])));
  const { status, trouble, setStatus, setTrouble } = useSaveFeedback();
  const count = Object.keys(levels).length;
  const tooMany = count > MAX_SKILLS;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    if (tooMany) return focusSoon('profile-skills-count');
    const result = await save({ skills: Object.entries(levels).map(([skillId, level]) => ({ skillId, level })) });
    const outcome = outcomeOf(result.data?.setMemberSkills, 'ProfilePayload', fieldErrorMap);
    if (outcome.kind === 'done') return setStatus(t('profile.skills.saved', { count }));
    setTrouble(troubleOf(outcome, outcome.kind === 'invalid' ? Object.values(outcome.fields) : []));
    focusSoon('profile-skills-trouble');
  }

  const name = (skill: { name: string; nameEn: string }) => (i18n.language === 'en' ? skill.nameEn : skill.name);
  return (
    <section aria-labelledby="profile-skills" className="panel">
      <h2 id="profile-skills">{t('profile.skills.title')}</h2>
      <p className="hint muted">{t('profile.skills.intro', { max: MAX_SKILLS })}</p>
      {loading && !data && <Skeleton />}
      {error && !data && <LoadFailed message={t('profile.skills.loadFailed')} onRetry={() => reload({ requestPolicy: 'network-only' })} />}
      {data && (
        <form onSubmit={submit} noValidate>
          {DOMAINS.map((domain) => (
            <fieldset key={domain} className="skill-domain">
              <legend>{t(`domains.${domain}`)}</legend>
              <ul className="skill-levels">
                {data.skills
                  .filter((skill) => skill.domain === domain)
                  .map((skill) => (
                    <li key={skill.id}>
                      <label htmlFor={`profile-skill-${skill.slug}`}>{name(skill)}</label>
                      <select
                        id={`profile-skill-${skill.slug}`}
                        value={levels[skill.id] ?? ''}
                        onChange={(event) => {
                          const level = event.target.value as SkillLevel | '';
                          setLevels((current) => {
                            const { [skill.id]: _old, ...rest } = current;
                            return level ? { ...rest, [skill.id]: level } : rest;
                          });
                        }}
                      >
                        <option value="">{t('profile.skills.none')}</option>
                        {LEVELS.map((level) => (
                          <option key={level} value={level}>
                            {t(`network.level.${level}`)}
                          </option>
                        ))}
                      </select>
                    </li>
                  ))}
              </ul>
            </fieldset>
          ))}
          <p id="profile-skills-count" className={tooMany ? 'field-error' : 'hint muted'} tabIndex={-1}>
            {tooMany ? t('profile.skills.tooMany', { count, max: MAX_SKILLS }) : t('profile.skills.count', { count, max: MAX_SKILLS })}
          </p>
          <TroubleAlert trouble={trouble} id="profile-skills-trouble" />
          <LiveStatus message={status} />
          <p className="actions">
            <button type="submit" disabled={fetching}>
              {fetching ? t('network.saving') : t('profile.skills.save')}
            </button>
          </p>
        </form>
      )}
    </section>
  );
}

function CardForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching }, update] = useMutation(ProfileCardUpdateDocument);
  const { status, trouble, setStatus, setTrouble } = useSaveFeedback();
  const form = useFields('card', { canDo: me.canDo, cannotDo: me.cannotDo, wishes: me.wishes, concerns: me.concerns ?? '' }, PROFILE_RULES);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    const invalid = form.check();
    if (invalid) return focusSoon(invalid);
    const v = form.values;
    const result = await update({ input: { canDo: v.canDo.trim(), cannotDo: v.cannotDo.trim(), wishes: v.wishes.trim(), concerns: v.concerns.trim() } });
    const outcome = outcomeOf(result.data?.updateCooperationCard, 'ProfilePayload', fieldErrorMap);
    if (outcome.kind === 'done') return setStatus(t('profile.card.saved'));
    if (outcome.kind === 'invalid') {
      form.setServer(outcome.fields);
      const first = Object.keys(outcome.fields).find((name) => name in v);
      if (first) return focusSoon(`card-${first}`);
    }
    setTrouble(troubleOf(outcome));
    focusSoon('profile-card-trouble');
  }

  return (
    <section aria-labelledby="profile-card" className="panel">
      <h2 id="profile-card">{t('profile.card.title')}</h2>
      <p className="hint muted">{t('profile.card.intro')}</p>
      <form onSubmit={submit} noValidate>
        <Field field={form.field('canDo')} label={t('profile.card.canDo')} optional counter multiline />
        <Field field={form.field('cannotDo')} label={t('profile.card.cannotDo')} optional counter multiline />
        <Field field={form.field('wishes')} label={t('profile.card.wishes')} hint={t('profile.card.wishesHint')} optional counter multiline />
        <div className="private-field">
          <Field field={form.field('concerns')} label={t('profile.card.concerns')} hint={t('profile.card.private')} optional counter multiline />
        </div>
        <TroubleAlert trouble={trouble} id="profile-card-trouble" />
        <LiveStatus message={status} />
        <p className="actions">
          <button type="submit" disabled={fetching}>
            {fetching ? t('network.saving') : t('profile.card.save')}
          </button>
        </p>
      </form>
    </section>
  );
}

function PaceForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [, setPace] = useMutation(ProfilePaceSetDocument);
  const [pace, choose] = useState<Pace>(me.pace ?? 'STEADY');
  const { status, trouble, setStatus, setTrouble } = useSaveFeedback();
  const form = useFields('pace', { paceNote: me.paceNote }, PROFILE_RULES);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    setTrouble(null);
    const invalid = form.check();
    if (invalid) return focusSoon(invalid);
    // Optimistic (cache/profile.ts): the pace shows at once everywhere it is displayed.
    setStatus(t('profile.pace.saved', { pace: t(`network.pace.${pace}`) }));
    const result = await setPace({ pace, note: form.values.paceNote.trim() });
    const outcome = outcomeOf(result.data?.setPace, 'ProfilePayload', (errors) => {
      const byName = fieldErrorMap(errors);
      return byName.note ? { paceNote: byName.note } : byName;
    });
    if (outcome.kind === 'done') return;
    setStatus(null);
    if (outcome.kind === 'invalid' && outcome.fields.paceNote) {
      form.setServer(outcome.fields);
      return focusSoon('pace-paceNote');
    }
    setTrouble(troubleOf(outcome));
    focusSoon('profile-pace-trouble');
  }

  return (
    <section aria-labelledby="profile-pace" className="panel">
      <h2 id="profile-pace">{t('profile.pace.title')}</h2>
      <form onSubmit={submit} noValidate>
        <fieldset>
          <legend>{t('profile.pace.legend')}</legend>
          {PACES.map((value) => (
            <label key={value} className="checkbox block">
              <input type="radio" name="pace" value={value} checked={pace === value} onChange={() => choose(value)} aria-describedby={`pace-hint-${value}`} />{' '}
              {t(`network.pace.${value}`)}
              <span id={`pace-hint-${value}`} className="hint muted">
                {' '}
                — {t(`profile.pace.hint.${value}`)}
              </span>
            </label>
          ))}
        </fieldset>
        <Field field={form.field('paceNote')} label={t('profile.pace.note')} hint={t('profile.pace.noteHint')} optional counter />
        <TroubleAlert trouble={trouble} id="profile-pace-trouble" />
        <LiveStatus message={status} />
        <p className="actions">
          <button type="submit">{t('profile.pace.save')}</button>
        </p>
      </form>
    </section>
  );
}
