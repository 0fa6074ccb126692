// A member's face wherever they appear: their photo, or their initials on a colour derived from
// their name (white on a dark tone, AA contrast). Decorative beside the name (alt=""), unless
// `labelled` (then it carries the name for screen readers).
import { colourOf, initialsOf } from './identity.ts';

export type AvatarSize = 'sm' | 'md' | 'lg';
const PIXELS: Record<AvatarSize, number> = { sm: 28, md: 40, lg: 72 };

export function Avatar({ name, photoUrl, size = 'md', labelled = false }: { name: string; photoUrl?: string | null; size?: AvatarSize; labelled?: boolean }) {
  const pixels = PIXELS[size];
  if (photoUrl) {
    return <img className={`avatar avatar-${size}`} src={photoUrl} alt={labelled ? name : ''} width={pixels} height={pixels} loading="lazy" />;
  }
  return (
    <span className={`avatar avatar-${size}`} style={{ background: colourOf(name) }} role={labelled ? 'img' : undefined} aria-label={labelled ? name : undefined} aria-hidden={labelled ? undefined : true}>
      {initialsOf(name)}
    </span>
  );
}
