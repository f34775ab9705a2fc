/** The Affiche mark: a poster-shaped "A" on the accent colour. */
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="9" fill="var(--accent)" />
      <rect x="6" y="5" width="20" height="22" rx="3" fill="#ffffff" fillOpacity="0.16" />
      <path d="M10.5 23 16 9l5.5 14M12.6 18h6.8" stroke="#ffffff" strokeWidth="2.6" fill="none" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
