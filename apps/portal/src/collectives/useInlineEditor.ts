// A collective's inline editor (its details, an agreement, a member, a commitment) as it opens and
// sends: its first field takes the focus, it holds what went wrong, and `begin` starts a sending
// (no page load, the last problem cleared, the fields checked; false when one needs fixing).
import { useEffect, useState, type FormEvent } from 'react';
import type { Trouble } from '../shared/outcome.ts';

export function useInlineEditor(firstFieldId: string, validate: () => boolean) {
  const [trouble, setTrouble] = useState<Trouble | null>(null);
  useEffect(() => {
    document.getElementById(firstFieldId)?.focus();
  }, [firstFieldId]);
  return {
    trouble,
    setTrouble,
    begin(event: FormEvent): boolean {
      event.preventDefault();
      setTrouble(null);
      return validate();
    },
  };
}
