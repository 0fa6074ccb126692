// One audit-log entry as a sentence ("Camille Martin a admis Léonie Fabre"), with links to the
// console's screens for its actor and target; the catalogue lives in i18n under `auditActions`.
import { Fragment, type ReactElement, type ReactNode } from 'react';
import { useTranslation, type Translate } from '@ekoacteurs/ui/i18n.ts';
import { Link } from 'wouter';
import { to, ROUTES } from '../routes.ts';

export interface AuditEntryLike {
  action: string;
  targetType: string;
  targetId: string;
  targetLabel?: string | null;
  targetNodeId?: string | null;
  targetSlug?: string | null;
  actor?: { id: string; displayName: string } | null;
}

/** The console screen showing a target, when there is one. */
export function targetHref(entry: AuditEntryLike): string | null {
  switch (entry.targetType) {
    case 'Member':
      return entry.targetNodeId ? to(ROUTES.member, { id: entry.targetNodeId }) : null;
    case 'Workshop':
      return entry.targetSlug ? to(ROUTES.workshop, { slug: entry.targetSlug }) : null;
    case 'Webhook':
      return entry.targetNodeId ? to(ROUTES.webhook, { id: entry.targetNodeId }) : null;
    case 'ApiToken':
      return entry.targetNodeId ? ROUTES.integrations : null;
    case 'Collective':
    case 'Opportunity':
      return entry.targetNodeId ? ROUTES.collectives : null;
    case 'VisibilityPage':
      return entry.targetNodeId ? ROUTES.pages : null;
    default:
      return null;
  }
}

/** The action comes from the API: its sentence is used once the catalogue is known to hold it, and
 * `auditSentence.unknown` (which names the action) otherwise. */
function sentenceKey(t: Translate, action: string) {
  const key = `auditActions.${action}`;
  return /^[a-z_]+\.[a-z_]+$/.test(action) && t.has(key) ? key : 'auditSentence.unknown';
}

/** A translated sentence with its `<actor/>` and `<target/>` drawn as the given elements. */
function withElements(sentence: string, elements: Record<'actor' | 'target', ReactElement>): ReactNode[] {
  return sentence
    .split(/<(actor|target)\/>/)
    .map((part, index) =>
      index % 2 === 1 ? <Fragment key={index}>{elements[part as 'actor' | 'target']}</Fragment> : part,
    );
}

export function AuditSentence({ entry }: { entry: AuditEntryLike }) {
  const { t } = useTranslation();
  const actor: ReactElement = entry.actor ? (
    <Link href={to(ROUTES.member, { id: entry.actor.id })}>{entry.actor.displayName}</Link>
  ) : (
    <span>{t('auditSentence.someone')}</span>
  );
  const label = entry.targetLabel ?? t('auditSentence.deleted', { type: entry.targetType });
  const href = targetHref(entry);
  const target: ReactElement = href ? (
    <Link href={href}>{label}</Link>
  ) : (
    <span className={entry.targetLabel ? undefined : 'muted'}>{label}</span>
  );
  // Every audit sentence takes the same values: the action, and where the actor and the target go.
  const sentence = t(sentenceKey(t, entry.action), { action: entry.action });
  return (
    <span className="audit-sentence" title={t('auditSentence.code', { action: entry.action })}>
      {withElements(sentence, { actor, target })}
    </span>
  );
}
