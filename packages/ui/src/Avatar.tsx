// A member's face wherever they appear: their photo, or their initials on a colour derived from
// their name (white on a dark tone, AA contrast). Decorative beside the name (alt=""), unless
// `labelled` (then it carries the name for screen readers). A photo uploaded to the gateway
// (/photos/<member>/<hash>-512.webp) also exists at 96 px: the browser takes the size it needs.
import { colourOf, initialsOf } from './identity.ts';

export type AvatarSize = 'sm' | 'md' | 'lg';
const PIXELS: Record<AvatarSize, number> = { sm: 28, md: 40, lg: 72 };
const UPLOADED = /^(\/photos\/[\w-]+\/[0-9a-f]+)-512\.webp$/;

/** The small and large addresses of an uploaded photo, or null for any other address. */
export function photoSources(photoUrl: string): { small: string; large: string } | null {
  const match = UPLOADED.exec(photoUrl);
  return match ? { small: `${match[1]}-96.webp`, large: photoUrl } : null;
}

export function Avatar({
  name,
  photoUrl,
  size = 'md',
  labelled = false,
}: {
  name: string;
  photoUrl?: string | null;
  size?: AvatarSize;
  labelled?: boolean;
}) {
  const pixels = PIXELS[size];
  if (photoUrl) {
    const sources = photoSources(photoUrl);
    return (
      <img
        className={`avatar avatar-${size}`}
        src={sources ? sources.small : photoUrl}
        srcSet={sources ? `${sources.small} 96w, ${sources.large} 512w` : undefined}
        sizes={sources ? `${pixels}px` : undefined}
        alt={labelled ? name : ''}
        width={pixels}
        height={pixels}
        loading="lazy"
      />
    );
  }
  return (
    <span
      className={`avatar avatar-${size}`}
      style={{ background: colourOf(name) }}
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? name : undefined}
      aria-hidden={labelled ? undefined : true}
    >
      {initialsOf(name)}
    </span>
  );
}
