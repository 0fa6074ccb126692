// A picture for a collective or a workshop that has none: a pattern of circles and leaves drawn
// from its slug, so that each one looks its own and always the same. Decorative (aria-hidden).
import { AVATAR_COLOURS, hashOf } from './identity.ts';

/** Small deterministic numbers from a seed (mulberry32). */
function numbers(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Shape {
  kind: 'circle' | 'leaf';
  x: number;
  y: number;
  r: number;
  rotate: number;
  opacity: number;
}

/** The background and shapes for a slug (exported for tests: the same slug, the same picture). */
export function illustrationOf(slug: string): { background: string; accent: string; shapes: Shape[] } {
  const seed = hashOf(slug);
  const next = numbers(seed);
  const background = AVATAR_COLOURS[seed % AVATAR_COLOURS.length]!;
  const accent = ['#9fd8b4', '#f2c14e', '#cfe3f7', '#f4c6b8'][(seed >>> 8) % 4]!;
  const shapes = Array.from({ length: 7 }, (): Shape => ({
    kind: next() < 0.5 ? 'circle' : 'leaf',
    x: Math.round(next() * 320),
    y: Math.round(next() * 120),
    r: Math.round(12 + next() * 36),
    rotate: Math.round(next() * 360),
    opacity: Math.round((0.25 + next() * 0.6) * 100) / 100,
  }));
  return { background, accent, shapes };
}

export function Illustration({ slug, className = 'illustration' }: { slug: string; className?: string }) {
  const { background, accent, shapes } = illustrationOf(slug);
  return (
    <svg
      className={className}
      viewBox="0 0 320 120"
      preserveAspectRatio="xMidYMid slice"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="320" height="120" fill={background} />
      {shapes.map((shape, index) =>
        shape.kind === 'circle' ? (
          <circle key={index} cx={shape.x} cy={shape.y} r={shape.r} fill={accent} opacity={shape.opacity} />
        ) : (
          <path
            key={index}
            d={`M0 ${shape.r}C0 0 ${shape.r} 0 ${shape.r} 0C${shape.r} ${shape.r} 0 ${shape.r} 0 ${shape.r}Z`}
            transform={`translate(${shape.x} ${shape.y}) rotate(${shape.rotate})`}
            fill={accent}
            opacity={shape.opacity}
          />
        ),
      )}
    </svg>
  );
}
