import { useTranslation } from 'react-i18next';
import type { Format } from '../../../core/formats/catalog';
import { NETWORK_LABELS, ratioLabel } from '../../../core/formats/catalog';
import { currentLanguage } from '../i18n';
import { FormatPreview } from '../shared/FormatPreview';
import { pixelSize } from '../shared/formatLabel';

/** `withNetwork`: the card also says its network (the Video tab mixes networks). */
export function FormatCard({ format, onPick, disabled, withNetwork = false }: { format: Format; onPick: () => void; disabled: boolean; withNetwork?: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="format-card" onClick={onPick} disabled={disabled} data-testid={`format-${format.id}`}>
      <span className="format-card-preview">
        <FormatPreview width={format.width} height={format.height} box={72} />
      </span>
      <span className="format-card-name">{withNetwork ? `${NETWORK_LABELS[format.network]} – ${format.name[currentLanguage()]}` : format.name[currentLanguage()]}</span>
      <span className="format-card-meta">
        <span className="format-card-size">{pixelSize(format.width, format.height)}</span>
        <span className="chip">{ratioLabel(format.width, format.height)}</span>
        {format.kind !== 'image' && <span className="chip chip-accent">{t(`formats.kind.${format.kind}`)}</span>}
      </span>
    </button>
  );
}
