// The reason an admin must give before an action its subject is told about (suspending a member,
// taking a page offline, cancelling a workshop): required, 3 to 1000 characters, as the API asks.
import type { DialogField } from '@ekoacteurs/ui';

export function reasonField(label: string, hint: string): DialogField {
  return { label, hint, required: true, minLength: 3, maxLength: 1000 };
}
