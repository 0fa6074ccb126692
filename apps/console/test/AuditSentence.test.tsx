// The audit log reads as sentences with links, in French and English, with a fallback for unknown actions.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditSentence } from '../src/audit/AuditSentence.tsx';
import { setLanguage } from '@ekoacteurs/ui';

afterEach(async () => {
  cleanup();
  await setLanguage('fr');
});

const ADMIN = { id: 'TWVtYmVyOmFkbWlu', displayName: 'Camille Martin' };

describe('AuditSentence', () => {
  it('says who admitted whom, with links to both members', async () => {
    await setLanguage('fr');
    const { container } = render(
      <AuditSentence
        entry={{
          action: 'membership.admitted',
          targetType: 'Member',
          targetId: 'u',
          targetLabel: 'Léonie Fabre',
          targetNodeId: 'TWVtYmVyOmxlb25pZQ==',
          actor: ADMIN,
        }}
      />,
    );
    expect(container.textContent).toBe('Camille Martin a admis Léonie Fabre');
    expect(screen.getByRole('link', { name: 'Camille Martin' }).getAttribute('href')).toContain(
      '/membres/TWVtYmVyOmFkbWlu',
    );
    expect(screen.getByRole('link', { name: 'Léonie Fabre' }).getAttribute('href')).toContain(
      '/membres/TWVtYmVyOmxlb25pZQ%3D%3D',
    );
    expect(container.textContent).not.toContain('membership.admitted');
  });

  it('names a revoked token between French quotes, and in English', async () => {
    const entry = {
      action: 'token.revoked',
      targetType: 'ApiToken',
      targetId: 'u',
      targetLabel: 'CRM',
      targetNodeId: 'QXBpVG9rZW46dQ==',
      actor: ADMIN,
    };
    await setLanguage('fr');
    const fr = render(<AuditSentence entry={entry} />);
    expect(fr.container.textContent).toBe('Camille Martin a révoqué le jeton « CRM »');
    fr.unmount();
    await setLanguage('en');
    const en = render(<AuditSentence entry={entry} />);
    expect(en.container.textContent).toBe('Camille Martin revoked the token “CRM”');
  });

  it('falls back to the code for an unknown action, and says when the target is gone', async () => {
    await setLanguage('fr');
    const { container } = render(
      <AuditSentence
        entry={{ action: 'quota.exceeded', targetType: 'Quota', targetId: 'x', targetLabel: null, actor: null }}
      />,
    );
    expect(container.textContent).toBe('Quelqu’un : « quota.exceeded » sur Quota supprimé');
    expect(screen.queryByRole('link')).toBeNull();
  });
});
