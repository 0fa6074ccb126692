// Creating a collective: name, purpose, region, how it works, and the first agreements of its
// charter. Its creator becomes its first coordinator and lands on its page.
import { CollectiveCreateDocument } from '@ekoacteurs/client';
import { TroubleAlert, useFocusSoon, FormActions } from '@ekoacteurs/ui';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { useLocation } from 'wouter';
import { collectivePath } from '../shared/paths.ts';
import { CHARTER_MAX, RULES } from './rules.ts';
import { problemOf, useForm } from '../shared/form.ts';
import { outcomeOf, troubleOf, type Trouble } from '../shared/outcome.ts';
import { CollectiveFields, COLLECTIVE_FIELD_RULES } from './CollectiveFields.tsx';

interface Draft {
  key: number;
  text: string;
  touched: boolean;
  server?: string;
}

export function CreateCollectiveForm() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [open, setOpen] = useState(false);
  const [{ fetching: sending }, create] = useMutation(CollectiveCreateDocument);
  const form = useForm(
    'create-collective',
    { name: '', purpose: '', region: '', description: '' },
    COLLECTIVE_FIELD_RULES,
  );
  const [drafts, setDrafts] = useState<Draft[]>([{ key: 0, text: '', touched: false }]);
  const [sent, setSent] = useState(false);
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  const [nextKey, setNextKey] = useState(1);
  const focusSoon = useFocusSoon();

  useEffect(() => {
    if (open) document.getElementById('create-collective-name')?.focus();
  }, [open]);

  const draftProblem = (draft: Draft) => {
    if (draft.server) return { text: draft.server };
    // An empty line is left out, not refused.
    if (!draft.text.trim() || (!draft.touched && !sent)) return null;
    return problemOf(draft.text, RULES.agreement);
  };

  function updateDraft(key: number, change: Partial<Draft>) {
    setDrafts((current) => current.map((draft) => (draft.key === key ? { ...draft, ...change } : draft)));
  }

  /** A fresh key for a new line of the charter. */
  function takeKey() {
    setNextKey((key) => key + 1);
    return nextKey;
  }

  function addDraft() {
    const key = takeKey();
    setDrafts((current) => [...current, { key, text: '', touched: false }]);
    focusSoon(`create-collective-agreement-${key}`);
  }

  function removeDraft(index: number) {
    const remaining = drafts.filter((_, i) => i !== index);
    const neighbour = remaining[index] ?? remaining[index - 1];
    setDrafts(remaining.length ? remaining : [{ key: takeKey(), text: '', touched: false }]);
    focusSoon(neighbour ? `create-collective-agreement-${neighbour.key}` : 'create-collective-add-agreement');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    setSent(true);
    const filled = drafts.filter((draft) => draft.text.trim());
    const badDraft = filled.find((draft) => problemOf(draft.text, RULES.agreement));
    if (!form.validate()) return;
    if (badDraft) return document.getElementById(`create-collective-agreement-${badDraft.key}`)?.focus();
    const values = form.values;
    const result = await create({
      input: {
        name: values.name.trim(),
        purpose: values.purpose.trim(),
        region: values.region || null,
        description: values.description.trim() || null,
        charter: filled.map((draft) => draft.text.trim()),
      },
    });
    const outcome = outcomeOf(result.data?.createCollective, result.error, 'CollectiveSuccess');
    if (outcome.kind === 'done') {
      navigate(collectivePath(outcome.payload.collective.slug), { state: { created: true } });
      return;
    }
    if (outcome.kind === 'invalid') {
      // Charter errors come as "charter.<index in what was sent>".
      const charterErrors = Object.entries(outcome.fields).filter(([name]) => name.startsWith('charter'));
      setDrafts((current) =>
        current.map((draft) => {
          const index = filled.indexOf(draft);
          const message = charterErrors.find(([name]) => name === `charter.${index}`)?.[1];
          return message ? { ...draft, server: message } : draft;
        }),
      );
      const others = form.showServerErrors(
        Object.fromEntries(Object.entries(outcome.fields).filter(([name]) => !name.startsWith('charter.'))),
      );
      setTrouble(troubleOf(outcome, others));
      return;
    }
    setTrouble(troubleOf(outcome));
  }

  return (
    <section aria-labelledby="create-collective-title" className="create-collective">
      <h2 id="create-collective-title">{t('collectives.create.title')}</h2>
      {!open ? (
        <>
          <p>{t('collectives.create.intro')}</p>
          <button id="create-collective-open" type="button" aria-expanded="false" onClick={() => setOpen(true)}>
            {t('collectives.create.open')}
          </button>
        </>
      ) : (
        <form id="create-collective-form" onSubmit={submit} noValidate className="panel">
          <CollectiveFields field={form.field} nameHint={t('collectives.fields.nameHint')} descriptionRows={5} />

          <fieldset>
            <legend>{t('collectives.create.charter')}</legend>
            <p className="hint muted">{t('collectives.create.charterHint')}</p>
            <ol className="charter-drafts">
              {drafts.map((draft, index) => {
                const id = `create-collective-agreement-${draft.key}`;
                const problem = draftProblem(draft);
                const text = problem ? ('text' in problem ? problem.text : t(problem.key, problem.values ?? {})) : null;
                return (
                  <li key={draft.key} className="field">
                    <label htmlFor={id}>{t('collectives.create.agreement', { position: index + 1 })}</label>
                    <textarea
                      id={id}
                      rows={2}
                      value={draft.text}
                      onChange={(event) => updateDraft(draft.key, { text: event.target.value, server: undefined })}
                      onBlur={() => updateDraft(draft.key, { touched: true })}
                      aria-invalid={!!problem}
                      aria-describedby={text ? `${id}-error` : undefined}
                    />
                    {text && (
                      <p id={`${id}-error`} className="field-error">
                        {text}
                      </p>
                    )}
                    <button type="button" className="link-button" onClick={() => removeDraft(index)}>
                      {t('collectives.create.removeAgreement', { position: index + 1 })}
                    </button>
                  </li>
                );
              })}
            </ol>
            <button
              id="create-collective-add-agreement"
              type="button"
              className="secondary"
              onClick={addDraft}
              disabled={drafts.length >= CHARTER_MAX}
            >
              {t('collectives.create.addAgreement')}
            </button>
            {drafts.length >= CHARTER_MAX && (
              <p className="hint muted">{t('collectives.charter.full', { max: CHARTER_MAX })}</p>
            )}
          </fieldset>

          <TroubleAlert trouble={trouble} />
          <FormActions
            sending={sending}
            submit={t('collectives.create.submit')}
            onCancel={() => {
              setOpen(false);
              form.reset();
              setDrafts([{ key: takeKey(), text: '', touched: false }]);
              setSent(false);
              setTrouble(null);
              window.setTimeout(() => document.getElementById('create-collective-open')?.focus(), 0);
            }}
            cancel={t('collectives.cancel')}
          />
        </form>
      )}
    </section>
  );
}
