// Ask to be put in touch with a member (mise en relation): a message saying who you are and why.
import { IntroductionRequestDocument } from '@ekoacteurs/client';
import { useState, type FormEvent } from 'react';
import { useTranslation } from '@ekoacteurs/ui/i18n.ts';
import { useMutation } from 'urql';
import { FormActions, TroubleAlert, useFocusSoon, type Trouble } from '@ekoacteurs/ui';
import { outcomeOf, troubleOf } from '../shared/network-outcome.ts';
import { Field } from '../shared/StateField.tsx';
import { useFields } from '../shared/field-state.ts';
import { fieldErrorMap } from '../shared/form.ts';
import { NETWORK_RULES } from '@ekoacteurs/contract/input-rules';
import { SentNotice } from './SentNotice.tsx';

export function IntroductionForm({ member }: { member: { id: string; displayName: string } }) {
  const { t } = useTranslation();
  const focusSoon = useFocusSoon();
  const [{ fetching }, request] = useMutation(IntroductionRequestDocument);
  const form = useFields('introduce', { message: '' }, { message: NETWORK_RULES.introductionMessage });
  const [done, setDone] = useState<string | null>(null);
  const [trouble, setTrouble] = useState<Trouble | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTrouble(null);
    const invalid = form.check();
    if (invalid) return focusSoon(invalid);
    const result = await request({ memberId: member.id, message: form.values.message.trim() });
    const outcome = outcomeOf(result.data?.requestIntroduction, 'IntroductionSuccess', fieldErrorMap);
    if (outcome.kind === 'done') {
      setDone(t('network.introduce.sent', { name: member.displayName }));
      return focusSoon('introduce-done');
    }
    if (outcome.kind === 'invalid' && outcome.fields.message) {
      form.setServer(outcome.fields);
      return focusSoon('introduce-message');
    }
    setTrouble(troubleOf(outcome));
    focusSoon('introduce-trouble');
  }

  if (done) {
    return <SentNotice id="introduce-done" message={done} follow={t('network.introduce.follow')} />;
  }

  return (
    <form onSubmit={submit} noValidate className="panel" aria-labelledby="introduce-title">
      <h2 id="introduce-title">{t('network.introduce.title', { name: member.displayName })}</h2>
      <p className="hint muted">{t('network.introduce.intro')}</p>
      <Field
        field={form.field('message')}
        label={t('network.introduce.message')}
        hint={t('network.introduce.messageHint')}
        multiline
        rows={5}
        counter
      />
      <TroubleAlert trouble={trouble} id="introduce-trouble" />
      <FormActions sending={fetching} submit={t('network.introduce.submit')} />
    </form>
  );
}
