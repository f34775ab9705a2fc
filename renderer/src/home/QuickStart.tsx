import { useTranslation } from 'react-i18next';
import type { Format } from '../../../core/formats/catalog';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { currentLanguage } from '../i18n';
import { FormatPreview } from '../shared/FormatPreview';
import { pixelSize } from '../shared/formatLabel';
import { Icon } from '../shared/Icon';
import { quickStartFormats } from '../newDesign/formatChoices';

/** One-click starts for the formats people make most, like the row at the top of Canva's home. */
export function QuickStart({ onPick, onMore, disabled }: { onPick: (format: Format) => void; onMore: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section className="quick-start" aria-labelledby="quick-start-title">
      <div className="quick-start-header">
        <h2 id="quick-start-title" className="section-title">
          {t('home.quickStartTitle')}
        </h2>
        <button type="button" className="btn btn-ghost btn-small quick-start-more" disabled={disabled} onClick={onMore} data-testid="quick-start-more">
          {t('home.allFormats')}
          <Icon name="chevronRight" size={16} />
        </button>
      </div>
      <div className="quick-start-row">
        {quickStartFormats().map((format) => (
          <button
            key={format.id}
            type="button"
            className="quick-start-item"
            disabled={disabled}
            onClick={() => onPick(format)}
            data-testid={`quick-start-${format.id}`}
          >
            <span className="quick-start-preview">
              <FormatPreview width={format.width} height={format.height} box={48} />
            </span>
            <span className="quick-start-name">{format.name[language]}</span>
            <span className="quick-start-meta">{NETWORK_LABELS[format.network]}</span>
            <span className="quick-start-meta quick-start-size">{pixelSize(format.width, format.height)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
