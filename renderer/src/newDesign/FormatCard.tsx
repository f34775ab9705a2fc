import { useTranslation } from 'react-i18next';
import type { Format } from '../../../core/formats/catalog';
import { ratioLabel } from '../../../core/formats/catalog';
import { currentLanguage } from '../i18n';
import { FormatPreview } from '../shared/FormatPreview';
import { pixelSize } from '../shared/formatLabel';

export function FormatCard({ format, onPick, disabled }: { format: Format; onPick: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="format-card" onClick={onPick} disabled={disabled} data-testid={`format-${format.id}`}>
      <span className="format-card-preview">
        <FormatPreview width={format.width} height={format.height} box={72} />
      </span>
      <span className="format-card-name">{format.name[currentLanguage()]}</span>
      <span className="format-card-meta">
        <span className="format-card-size">{pixelSize(format.width, format.height)}</span>
        <span className="chip">{ratioLabel(format.width, format.height)}</span>
        {format.kind !== 'image' && <span className="chip chip-accent">{t(`formats.kind.${format.kind}`)}</span>}
      </span>
    </button>
  );
}
