/** The icons of the Elements panel: search, category, style, colour, the grid. */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { iconPathOf } from '../../../../core/elements';
import { categoryName, searchIcons, type IconEntry, type IconStyle } from '../../../../core/elementSets/iconSearch';
import { IconDrawing } from '../elements/icon';
import { IconColorPicker } from './IconColorPicker';
import { loadIcons } from './loadSets';
import { SearchField } from './SearchField';
import { startStickerDrag } from './dragSticker';
import { useLoaded } from './useLoaded';
import { ShowMore } from './ShowMore';

/** Icons shown at first, and added by each "Show more". */
const PAGE = 120;
const DEFAULT_COLOR = '#1c1b22';

export function IconsTab({ editor, readOnly }: { editor: HeadlessEditor; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const { value: index, error } = useLoaded(loadIcons);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('');
  const [style, setStyle] = useState<IconStyle>('outline');
  const [color, setColor] = useState(DEFAULT_COLOR);
  const [shown, setShown] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);

  const found = useMemo(() => (index ? searchIcons(index, { text: deferredQuery, category: category || null, style }) : []), [index, deferredQuery, category, style]);
  const categories = useMemo(
    () => (index ? [...index.categories].sort((a, b) => categoryName(a, language).localeCompare(categoryName(b, language), language)) : []),
    [index, language],
  );

  const argsOf = (icon: IconEntry) => ({ set: index!.set, name: icon.name, style, viewBox: index!.viewBox, paths: icon[style] ?? [], color });
  const add = (icon: IconEntry) => editor.run(ACTIONS.addIcon, argsOf(icon));
  const pickColor = (next: string) => {
    setColor(next);
    if (editor.can(ACTIONS.recolorIcons)) editor.run(ACTIONS.recolorIcons, { color: next });
  };
  const reset = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setShown(PAGE);
  };

  return (
    <>
      <SearchField value={query} label={t('editor.elementsPanel.searchIcons')} placeholder={t('editor.elementsPanel.searchIconsPlaceholder')} onChange={reset(setQuery)} testId="elements-icon-search" />
      <select className="input" value={category} aria-label={t('editor.elementsPanel.category')} onChange={(event) => reset(setCategory)(event.target.value)} data-testid="elements-category">
          <option value="">{t('editor.elementsPanel.allCategories')}</option>
          {categories.map((name) => (
            <option key={name} value={name}>
              {categoryName(name, language)}
            </option>
          ))}
      </select>
      <div className="elements-row">
        <span className="field-label">{t('editor.elementsPanel.style')}</span>
        <div className="segmented" role="radiogroup" aria-label={t('editor.elementsPanel.style')}>
          {(['outline', 'filled'] as const).map((id) => (
            <button key={id} type="button" role="radio" aria-checked={style === id} className="segmented-btn segmented-text" onClick={() => reset(setStyle)(id)} data-testid={`elements-style-${id}`}>
              {t(`editor.elementsPanel.styles.${id}`)}
            </button>
          ))}
        </div>
      </div>
      <IconColorPicker color={color} onPick={pickColor} />
      {error && (
        <p className="inline-error" role="alert">
          {t('editor.elementsPanel.loadFailed', { message: error })}
        </p>
      )}
      {!index && !error && <p className="side-panel-hint">{t('editor.elementsPanel.loading')}</p>}
      {index && found.length === 0 && <p className="side-panel-empty">{t('editor.elementsPanel.noMatch', { query: deferredQuery.trim() })}</p>}
      {index && found.length > 0 && (
        <>
          <p className="side-panel-hint">{t('editor.elementsPanel.hint')}</p>
          <div className="elements-grid" data-testid="elements-icon-grid" style={{ color }}>
            {found.slice(0, shown).map((icon) => (
              <button
                key={icon.name}
                type="button"
                className="elements-tile"
                title={icon.name}
                aria-label={t('editor.elementsPanel.addIcon', { name: icon.name })}
                disabled={readOnly}
                draggable={!readOnly}
                onDragStart={(event) => startStickerDrag(event, { kind: 'icon', ...argsOf(icon) })}
                onClick={() => add(icon)}
                data-testid="elements-icon"
                data-icon={icon.name}
              >
                <IconDrawing paths={(icon[style] ?? []).map(iconPathOf)} viewBox={index.viewBox} strokeWidth={index.strokeWidth} size={28} />
              </button>
            ))}
          </div>
          <ShowMore shown={shown} total={found.length} onMore={() => setShown(shown + PAGE)} />
        </>
      )}
    </>
  );
}
