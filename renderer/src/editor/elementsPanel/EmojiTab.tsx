/** The emoji of the Elements panel: search, groups, the grid; an emoji becomes a sticker (addEmoji). */
import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIONS, type HeadlessEditor } from '../../../../core/editor';
import { searchEmoji } from '../../../../core/elementSets/emojiSearch';
import { loadEmoji } from './loadSets';
import { SearchField } from './SearchField';
import { startStickerDrag } from './dragSticker';
import { useLoaded } from './useLoaded';
import { ShowMore } from './ShowMore';

const PAGE = 160;

/** The emoji each group's button shows (the group's first emoji where none is chosen). */
const GROUP_FACES: Readonly<Record<string, string>> = {
  'smileys-emotion': '😀',
  'people-body': '👋',
  'animals-nature': '🐶',
  'food-drink': '🍕',
  'travel-places': '✈️',
  activities: '⚽',
  objects: '💡',
  symbols: '❤️',
  flags: '🏁',
};

export function EmojiTab({ editor, readOnly }: { editor: HeadlessEditor; readOnly: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const { value: index, error } = useLoaded(loadEmoji);
  const [query, setQuery] = useState('');
  const [group, setGroup] = useState('');
  const [shown, setShown] = useState(PAGE);
  const deferredQuery = useDeferredValue(query);
  const found = useMemo(() => (index ? searchEmoji(index, { text: deferredQuery, group: group || null }) : []), [index, deferredQuery, group]);
  /** Each group's button shows its first emoji. */
  const groupFaces = useMemo(() => (index ? index.groups.map((id) => ({ id, face: GROUP_FACES[id] ?? index.emoji.find((entry) => entry.group === id)?.emoji ?? '' })) : []), [index]);

  return (
    <>
      <SearchField
        value={query}
        label={t('editor.elementsPanel.searchEmoji')}
        placeholder={t('editor.elementsPanel.searchEmojiPlaceholder')}
        onChange={(value) => {
          setQuery(value);
          setShown(PAGE);
        }}
        testId="elements-emoji-search"
      />
      {index && (
        <div className="elements-groups" role="radiogroup" aria-label={t('editor.elementsPanel.group')}>
          <button type="button" role="radio" aria-checked={group === ''} className="elements-group elements-group-all" title={t('editor.elementsPanel.allGroups')} onClick={() => setGroup('')} data-testid="elements-group-all">
            {t('editor.elementsPanel.allGroups')}
          </button>
          {groupFaces.map(({ id, face }) => (
            <button
              key={id}
              type="button"
              role="radio"
              aria-checked={group === id}
              className="elements-group"
              title={t(`editor.elementsPanel.groups.${id}`, { defaultValue: id })}
              aria-label={t(`editor.elementsPanel.groups.${id}`, { defaultValue: id })}
              onClick={() => {
                setGroup(id);
                setShown(PAGE);
              }}
              data-testid={`elements-group-${id}`}
            >
              {face}
            </button>
          ))}
        </div>
      )}
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
          <div className="elements-grid elements-emoji-grid" data-testid="elements-emoji-grid">
            {found.slice(0, shown).map((entry) => (
              <button
                key={entry.emoji}
                type="button"
                className="elements-tile elements-emoji"
                title={entry.name[language]}
                aria-label={t('editor.elementsPanel.addEmoji', { name: entry.name[language] })}
                disabled={readOnly}
                draggable={!readOnly}
                onDragStart={(event) => startStickerDrag(event, { kind: 'emoji', emoji: entry.emoji })}
                onClick={() => editor.run(ACTIONS.addEmoji, { emoji: entry.emoji })}
                data-testid="elements-emoji"
                data-emoji={entry.emoji}
              >
                {entry.emoji}
              </button>
            ))}
          </div>
          <ShowMore shown={shown} total={found.length} onMore={() => setShown(shown + PAGE)} />
        </>
      )}
    </>
  );
}
