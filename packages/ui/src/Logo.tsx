// The ÉkôActeurs mark (a leaf in a circle of hands, drawn as two overlapping arcs and a leaf) and
// the word beside it. The same drawing is logo.svg (favicons, public pages).
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg className="logo-mark" width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <circle cx="16" cy="16" r="16" fill="#1f5f3f" />
      <path d="M9 21c0-6 4.5-11 13-12-.6 8-5.2 13-11.4 13.2" fill="#9fd8b4" />
      <path d="M10.5 22.5 20 12.5" stroke="#1f5f3f" strokeWidth="1.6" strokeLinecap="round" />
      <circle cx="23.5" cy="22.5" r="2.5" fill="#f2c14e" />
    </svg>
  );
}

/** The mark and the name; `label` names the link it sits in when the word is hidden. */
export function Logo({ withWord = true, size = 32 }: { withWord?: boolean; size?: number }) {
  return (
    <span className="logo">
      <LogoMark size={size} />
      {withWord && <span className="logo-word">ÉkôActeurs</span>}
    </span>
  );
}
