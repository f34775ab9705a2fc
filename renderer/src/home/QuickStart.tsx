import { useTranslation } from 'react-i18next';
import type { Format } from '../../../core/formats/catalog';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { currentLanguage } from '../i18n';
import { FormatPreview } from '../shared/FormatPreview';
import { Icon } from '../shared/Icon';
import { pixelSize } from '../shared/formatLabel';
import { quickStartFormats } from '../newDesign/formatChoices';

/** One-click starts for the formats people make most, like the row at the top of Canva's home. */
export function QuickStart({ onPick, onMore, disabled }: { onPick: (format: Format) => void; onMore: () => void; disabled: boolean }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <section className="quick-start" aria-labelledby="quick-start-title">
      <h2 id="quick-start-title" className="section-title">
        {t('home.quickStartTitle')}
      </h2>
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
            <FormatPreview width={format.width} height={format.height} box={44} />
            <span className="quick-start-text">
              <span className="quick-start-name">
                {NETWORK_LABELS[format.network]} · {format.name[language]}
              </span>
              <span className="quick-start-size">{pixelSize(format.width, format.height)}</span>
            </span>
          </button>
        ))}
        <button type="button" className="quick-start-item quick-start-more" disabled={disabled} onClick={onMore}>
          <span className="quick-start-more-icon" aria-hidden="true">
            <Icon name="plus" />
          </span>
          <span className="quick-start-name">{t('home.allFormats')}</span>
        </button>
      </div>
    </section>
  );
}

