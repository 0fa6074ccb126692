// What a member sees once an introduction request or a recommendation is sent: it is said (and
// announced), with the way to follow it on /mises-en-relation. Focus lands on it (its id).
import { LiveStatus } from '@ekoacteurs/ui';
import { Link } from 'wouter';
import { NETWORK_PATHS } from '../shared/paths.ts';

export function SentNotice({ id, message, follow }: { id: string; message: string; follow: string }) {
  return (
    <div className="notice notice-success" id={id} tabIndex={-1}>
      <LiveStatus message={message} />
      <p>
        <Link href={NETWORK_PATHS.introductions}>{follow}</Link>
      </p>
    </div>
  );
}
