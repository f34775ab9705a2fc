/**
 * The properties panel's carousel parts: a slide's alt text (nothing selected) and "On every
 * slide" (top-level elements selected). Both run core/editor actions (setAltText, setRepeat).
 */
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { REPEAT_RULES, type RepeatRule } from '../../../../core/schema/constants';
import type { Design, Element, Page } from '../../../../core/schema/design';
import { resolveFormat } from '../../../../core/formats/userFormats';
import { userFormatsNow } from '../../shared/userFormats';

/** The network's alt-text limit for the design's format, when the catalog states one. */
function altTextLimit(design: Design): number | undefined {
  const format = resolveFormat(design.format.preset, userFormatsNow());
  return format && 'text' in format ? format.text.altText?.max : undefined;
}

export function AltTextSection({ design, page, pageIndex, editor }: { design: Design; page: Page; pageIndex: number; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const limit = altTextLimit(design);
  const length = [...(page.altText ?? '')].length;
  const over = limit !== undefined && length > limit;
  return (
    <section className="panel-section" data-testid="alt-text-section">
      <label className="field">
        <span className="field-label" title={t('editor.slides.altTextHint')}>
          {t('editor.slides.altText', { page: pageIndex + 1 })}
        </span>
        <textarea
          className="input"
          rows={3}
          value={page.altText ?? ''}
          placeholder={t('editor.slides.altTextPlaceholder')}
          disabled={editor.readOnly}
          onChange={(event) => editor.run(ACTIONS.setAltText, { index: pageIndex, altText: event.target.value })}
          data-testid="alt-text"
        />
      </label>
      <p className={`panel-hint${over ? ' is-warning' : ''}`} data-testid="alt-text-count" data-over={over ? 'true' : undefined}>
        {limit !== undefined ? t('editor.slides.altTextCountOf', { count: length, max: limit }) : t('editor.slides.altTextCount', { count: length })}
      </p>
    </section>
  );
}

export function RepeatSection({ selected, editor }: { selected: Element[]; editor: HeadlessEditor }) {
  const { t } = useTranslation();
  const rules = new Set(selected.map((el) => el.repeat ?? 'off'));
  const value = rules.size === 1 ? [...rules][0] : '';
  const disabled = !editor.can(ACTIONS.setRepeat);
  return (
    <section className="panel-section" data-testid="repeat-section">
      <label className="field">
        <span className="field-label" title={t('editor.slides.repeatHint')}>
          {t('editor.slides.repeat')}
        </span>
        <select
          className="input"
          value={value}
          disabled={disabled}
          onChange={(event) => editor.run(ACTIONS.setRepeat, { repeat: event.target.value === 'off' ? null : (event.target.value as RepeatRule) })}
          data-testid="repeat-rule"
        >
          {value === '' && <option value="">{t('editor.slides.repeatMixed')}</option>}
          <option value="off">{t('editor.slides.repeatRules.off')}</option>
          {REPEAT_RULES.map((rule) => (
            <option key={rule} value={rule}>
              {t(`editor.slides.repeatRules.${rule}`)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
