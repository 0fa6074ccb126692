// Creating a workshop (as a draft) and editing one: kind, title, markdown description, schedule in
// the workshop's time zone, format with its place or visio link, capacity, facilitators, skills.
import {
  CreateWorkshopDocument,
  SkillsTaxonomyDocument,
  UpdateWorkshopDocument,
  type AdminWorkshopDetailFragment,
  type SkillDomain,
  type WorkshopFormat,
  type WorkshopKind,
} from '@ekoacteurs/client';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation } from 'wouter';
import { isoToZoned, PARIS, zonedToIso } from '../format.ts';
import { to, ROUTES } from '../routes.ts';
import { Field, fieldErrorParts, SkillChecklist, useAnnouncer } from '@ekoacteurs/ui';
import { outcomeOf } from '../ui/outcome.ts';
import { Empty, Failure, Loading, PageTitle } from '../ui/States.tsx';
import { FacilitatorPicker, type Facilitator } from './FacilitatorPicker.tsx';
import { useAddressedWorkshop } from './useAddressedWorkshop.ts';

const KINDS: WorkshopKind[] = ['ATELIER', 'RENCONTRE', 'CO_CREATION'];
const FORMATS: WorkshopFormat[] = ['IN_PERSON', 'ONLINE', 'HYBRID'];
const DOMAINS: SkillDomain[] = ['STRATEGY', 'COMMUNICATION', 'PROSPECTING', 'ADMINISTRATION', 'PRODUCTION'];

interface Form {
  kind: WorkshopKind;
  title: string;
  description: string;
  format: WorkshopFormat;
  place: string;
  onlineUrl: string;
  capacity: string;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  facilitators: Facilitator[];
  skillIds: string[];
}

function formOf(workshop: AdminWorkshopDetailFragment | null): Form {
  if (!workshop) {
    return {
      kind: 'ATELIER',
      title: '',
      description: '',
      format: 'IN_PERSON',
      place: '',
      onlineUrl: '',
      capacity: '12',
      startDate: '',
      startTime: '09:30',
      endDate: '',
      endTime: '12:30',
      facilitators: [],
      skillIds: [],
    };
  }
  const [startDate, startTime] = isoToZoned(workshop.startsAt, workshop.timeZone);
  const [endDate, endTime] = isoToZoned(workshop.endsAt, workshop.timeZone);
  return {
    kind: workshop.kind,
    title: workshop.title,
    description: workshop.description,
    format: workshop.format,
    place: workshop.place,
    onlineUrl: workshop.onlineUrl ?? '',
    capacity: String(workshop.capacity),
    startDate,
    startTime,
    endDate,
    endTime,
    facilitators: workshop.facilitators.map((f) => ({ id: f.id, displayName: f.displayName })),
    skillIds: workshop.skills.map((s) => s.id),
  };
}

export function NewWorkshopPage() {
  return <WorkshopEditor workshop={null} />;
}

export function EditWorkshopPage() {
  const { t } = useTranslation();
  const [{ data, fetching, error }, reexecute] = useAddressedWorkshop();
  if (fetching && !data) return <Loading />;
  if (error && !data)
    return (
      <Failure error={error} what={t('workshop.error')} retry={() => reexecute({ requestPolicy: 'network-only' })} />
    );
  if (!data?.workshop) return <Empty>{t('workshop.notFound')}</Empty>;
  return <WorkshopEditor key={data.workshop.id} workshop={data.workshop} />;
}

function WorkshopEditor({ workshop }: { workshop: AdminWorkshopDetailFragment | null }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const announce = useAnnouncer();
  const [{ data: taxonomy }] = useQuery({ query: SkillsTaxonomyDocument });
  const [created, create] = useMutation(CreateWorkshopDocument);
  const [updated, update] = useMutation(UpdateWorkshopDocument);
  const initial = useMemo(() => formOf(workshop), [workshop]);
  const [form, setForm] = useState<Form>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const busy = created.fetching || updated.fetching;
  const timeZone = workshop?.timeZone ?? PARIS;
  const title = workshop ? t('editor.editTitle', { title: workshop.title }) : t('editor.newTitle');

  const set = <K extends keyof Form>(name: K, value: Form[K]) => setForm((current) => ({ ...current, [name]: value }));
  const text =
    (
      name:
        | 'title'
        | 'description'
        | 'place'
        | 'onlineUrl'
        | 'capacity'
        | 'startDate'
        | 'startTime'
        | 'endDate'
        | 'endTime',
    ) =>
    (event: { target: { value: string } }) =>
      set(name, event.target.value);

  function check(): { errors: Record<string, string>; startsAt: string | null; endsAt: string | null } {
    const found: Record<string, string> = {};
    if (form.title.trim().length < 3 || form.title.trim().length > 120) found.title = t('editor.errors.title');
    const capacity = Number(form.capacity);
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > 1000) found.capacity = t('editor.errors.capacity');
    const startsAt = form.startDate && form.startTime ? zonedToIso(form.startDate, form.startTime, timeZone) : null;
    const endsAt = zonedToIso(form.endDate || form.startDate, form.endTime, timeZone);
    if (!startsAt) found.startsAt = t('editor.errors.startsAt');
    else if (!workshop && new Date(startsAt).getTime() <= Date.now()) found.startsAt = t('editor.errors.future');
    if (startsAt && (!endsAt || new Date(endsAt) <= new Date(startsAt))) found.endsAt = t('editor.errors.endsAt');
    if (form.facilitators.length === 0) found.facilitatorIds = t('editor.errors.facilitators');
    if (form.description.length > 10_000) found.description = t('editor.errors.description');
    if (form.onlineUrl && !/^https?:\/\/\S+$/i.test(form.onlineUrl.trim()))
      found.onlineUrl = t('editor.errors.onlineUrl');
    return { errors: found, startsAt, endsAt };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    const { errors: found, startsAt, endsAt } = check();
    setErrors(found);
    if (Object.keys(found).length > 0 || !startsAt || !endsAt) {
      setProblem(t('editor.fixErrors', { count: Object.keys(found).length }));
      return;
    }
    const fields = {
      kind: form.kind,
      title: form.title.trim(),
      description: form.description,
      format: form.format,
      place: form.place.trim(),
      onlineUrl: form.onlineUrl.trim() || null,
      capacity: Number(form.capacity),
      startsAt,
      endsAt,
      facilitatorIds: form.facilitators.map((f) => f.id),
      skillIds: form.skillIds,
    };
    if (!workshop) {
      const outcome = outcomeOf(
        await create({ input: { ...fields, timeZone } }),
        'createWorkshop',
        'WorkshopSuccess',
        t,
      );
      if (!outcome.ok) return failed(outcome);
      announce.success(t('editor.created', { title: fields.title }));
      return navigate(to(ROUTES.workshop, { slug: outcome.payload.workshop.slug }));
    }
    const outcome = outcomeOf(
      await update({ id: workshop.id, input: changedFields(fields) }),
      'updateWorkshop',
      'WorkshopSuccess',
      t,
    );
    if (!outcome.ok) return failed(outcome);
    announce.success(t('editor.saved', { title: fields.title }));
    navigate(to(ROUTES.workshop, { slug: workshop.slug }));
  }

  /** Only what changed: a workshop that has started refuses a start date, even the same one. */
  function changedFields(fields: Record<string, unknown>) {
    const before: Record<string, unknown> = {
      kind: initial.kind,
      title: initial.title,
      description: initial.description,
      format: initial.format,
      place: initial.place,
      onlineUrl: initial.onlineUrl || null,
      capacity: Number(initial.capacity),
      startsAt: workshop!.startsAt,
      endsAt: workshop!.endsAt,
      facilitatorIds: initial.facilitators.map((f) => f.id),
      skillIds: initial.skillIds,
    };
    const same = (a: unknown, b: unknown) =>
      JSON.stringify(a) === JSON.stringify(b) ||
      (typeof a === 'string' && typeof b === 'string' && new Date(a).getTime() === new Date(b).getTime());
    const changes = Object.fromEntries(Object.entries(fields).filter(([name, value]) => !same(value, before[name])));
    if ('onlineUrl' in changes && changes.onlineUrl === null) changes.onlineUrl = '';
    return changes;
  }

  function failed(outcome: { message: string; fields: Record<string, string> }) {
    setErrors(outcome.fields);
    setProblem(outcome.message);
  }

  const { error, describedBy } = fieldErrorParts('workshop', errors);

  return (
    <section className="narrow-wide">
      <p>
        <Link href={workshop ? to(ROUTES.workshop, { slug: workshop.slug }) : ROUTES.workshops}>
          {t(workshop ? 'editor.backToWorkshop' : 'editor.backToList')}
        </Link>
      </p>
      <PageTitle title={title}>{title}</PageTitle>
      {!workshop && <p className="muted">{t('editor.draftNote')}</p>}
      <form onSubmit={submit} noValidate>
        <Field id="workshop-kind" label={t('editor.kind')}>
          {(control) => (
            <select {...control} value={form.kind} onChange={(e) => set('kind', e.target.value as WorkshopKind)}>
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>

        <Field id="workshop-title" label={t('editor.title')} required error={errors.title}>
          {(control) => (
            <input {...control} required minLength={3} maxLength={120} value={form.title} onChange={text('title')} />
          )}
        </Field>

        <Field
          id="workshop-description"
          label={t('editor.description')}
          hint={t('editor.descriptionHint')}
          error={errors.description}
        >
          {(control) => (
            <textarea
              {...control}
              rows={8}
              maxLength={10_000}
              value={form.description}
              onChange={text('description')}
            />
          )}
        </Field>

        <fieldset aria-describedby={describedBy('startsAt', 'workshop-time-zone')}>
          <legend>{t('editor.schedule')}</legend>
          <p id="workshop-time-zone" className="muted small">
            {t('editor.timeZone', { timeZone })}
          </p>
          <div className="grid-2">
            <Field id="workshop-start-date" label={t('editor.startDate')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  required
                  value={form.startDate}
                  onChange={(e) =>
                    setForm((f) => ({
                      ...f,
                      startDate: e.target.value,
                      endDate: !f.endDate || f.endDate === f.startDate ? e.target.value : f.endDate,
                    }))
                  }
                  aria-invalid={!!errors.startsAt}
                />
              )}
            </Field>
            <Field id="workshop-start-time" label={t('editor.startTime')}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  required
                  value={form.startTime}
                  onChange={text('startTime')}
                  aria-invalid={!!errors.startsAt}
                />
              )}
            </Field>
            <Field id="workshop-end-date" label={t('editor.endDate')}>
              {(control) => (
                <input
                  {...control}
                  type="date"
                  value={form.endDate}
                  onChange={text('endDate')}
                  aria-invalid={!!errors.endsAt}
                  aria-describedby={describedBy('endsAt')}
                />
              )}
            </Field>
            <Field id="workshop-end-time" label={t('editor.endTime')}>
              {(control) => (
                <input
                  {...control}
                  type="time"
                  required
                  value={form.endTime}
                  onChange={text('endTime')}
                  aria-invalid={!!errors.endsAt}
                  aria-describedby={describedBy('endsAt')}
                />
              )}
            </Field>
          </div>
          {error('startsAt')}
          {error('endsAt')}
        </fieldset>

        <Field id="workshop-format" label={t('editor.format')}>
          {(control) => (
            <select {...control} value={form.format} onChange={(e) => set('format', e.target.value as WorkshopFormat)}>
              {FORMATS.map((format) => (
                <option key={format} value={format}>
                  {t(`format.${format}`)}
                </option>
              ))}
            </select>
          )}
        </Field>

        {form.format !== 'ONLINE' && (
          <Field id="workshop-place" label={t('editor.place')} error={errors.place}>
            {(control) => <input {...control} maxLength={300} value={form.place} onChange={text('place')} />}
          </Field>
        )}
        {form.format !== 'IN_PERSON' && (
          <Field
            id="workshop-online-url"
            label={t('editor.onlineUrl')}
            hint={t('editor.onlineUrlHint')}
            error={errors.onlineUrl}
          >
            {(control) => <input {...control} type="url" value={form.onlineUrl} onChange={text('onlineUrl')} />}
          </Field>
        )}

        <Field id="workshop-capacity" label={t('editor.capacity')} required error={errors.capacity}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={1000}
              required
              value={form.capacity}
              onChange={text('capacity')}
            />
          )}
        </Field>

        <FacilitatorPicker
          value={form.facilitators}
          onChange={(facilitators) => set('facilitators', facilitators)}
          error={errors.facilitatorIds}
        />

        <fieldset>
          <legend>{t('editor.skills')}</legend>
          <SkillChecklist
            skills={taxonomy?.skills ?? []}
            domains={DOMAINS}
            domainLabel={(domain) => t(`domains.${domain}`)}
            selected={form.skillIds}
            onChange={(skillIds) => set('skillIds', skillIds)}
            max={10}
          />
          {error('skillIds')}
        </fieldset>

        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
        <div className="actions">
          <button type="submit" disabled={busy}>
            {busy ? t('common.working') : workshop ? t('editor.save') : t('editor.createDraft')}
          </button>
        </div>
      </form>
    </section>
  );
}
