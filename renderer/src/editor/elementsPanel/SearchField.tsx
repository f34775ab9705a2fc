/** The panel's search box (the library panel's look). */
export function SearchField({ value, label, placeholder, onChange, testId }: { value: string; label: string; placeholder: string; onChange: (value: string) => void; testId: string }) {
  return (
    <label className="library-search">
      <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" aria-hidden="true">
        <circle cx="11" cy="11" r="7" />
        <path d="m20 20-4-4" />
      </svg>
      <input type="search" className="input" value={value} placeholder={placeholder} aria-label={label} onChange={(event) => onChange(event.target.value)} data-testid={testId} />
    </label>
  );
}
