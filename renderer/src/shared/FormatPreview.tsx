/** A small rectangle with the format's proportions (new-design cards, quick starts, fallbacks). */
export function FormatPreview({ width, height, box = 48, className }: { width: number; height: number; box?: number; className?: string }) {
  const scale = box / Math.max(width, height);
  return (
    <span className={`format-preview-box ${className ?? ''}`} style={{ width: box, height: box }} aria-hidden="true">
      <span
        className="format-preview"
        style={{ width: Math.max(4, Math.round(width * scale)), height: Math.max(4, Math.round(height * scale)) }}
      />
    </span>
  );
}
