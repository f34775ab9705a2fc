/**
 * Hashtags as removable chips, a field to type more (Enter or comma adds them) and the editorial
 * line's hashtag groups, each added in one click. Where the network caps hashtags the count shows
 * against the cap.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HashtagGroup } from '../../../core/schema/posts';
import { parseHashtags } from '../../../core/posts/edit';
import { Icon } from '../shared/Icon';

interface HashtagFieldProps {
  id: string;
  hashtags: readonly string[];
  groups: readonly HashtagGroup[];
  /** The network's cap, if it has one. */
  max?: number;
  onAdd: (tags: string[]) => void;
  onRemove: (tag: string) => void;
  /** Beside the label: "edited for <network>" and its reset. */
  edited?: React.ReactNode;
}

export function HashtagField({ id, hashtags, groups, max, onAdd, onRemove, edited }: HashtagFieldProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const commit = () => {
    const tags = parseHashtags(draft);
    if (tags.length > 0) onAdd(tags);
    setDraft('');
  };
  const over = max !== undefined && hashtags.length > max;
  return (
    <div className="hashtag-field">
      <div className="hashtag-field-head">
        <label className="field-label" htmlFor={id}>
          {t('postEditor.hashtags')}
        </label>
        {edited}
        <span className={`post-counter hashtag-count${over ? ' post-counter-error' : ''}`} data-testid="hashtag-count" data-level={over ? 'error' : 'ok'}>
          {max !== undefined ? t('postEditor.hashtagCountOf', { count: hashtags.length, max }) : t('postEditor.hashtagCount', { count: hashtags.length })}
        </span>
      </div>
      <div className="chips-box chips-box-large" data-testid="hashtag-chips">
        {hashtags.map((tag) => (
          <span key={tag} className="chip-token" data-testid="hashtag-chip">
            {tag}
            <button type="button" className="chip-token-remove" aria-label={t('postEditor.removeHashtag', { tag })} onClick={() => onRemove(tag)} data-testid="hashtag-remove">
              <Icon name="close" size={12} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="chips-input"
          value={draft}
          placeholder={hashtags.length === 0 ? t('postEditor.hashtagPlaceholder') : t('postEditor.hashtagMore')}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ',') {
              event.preventDefault();
              commit();
            } else if (event.key === 'Backspace' && draft === '' && hashtags.length > 0) {
              onRemove(hashtags[hashtags.length - 1]);
            }
          }}
          onBlur={commit}
          data-testid="hashtag-input"
        />
      </div>
      {groups.length > 0 && (
        <div className="hashtag-groups" role="group" aria-label={t('postEditor.hashtagGroups')}>
          <span className="hashtag-groups-label">{t('postEditor.hashtagGroups')}</span>
          {groups.map((group) => (
            <button
              key={group.id}
              type="button"
              className="btn btn-secondary btn-small"
              title={group.hashtags.join(' ')}
              onClick={() => onAdd(group.hashtags)}
              data-testid="hashtag-group"
              data-group-id={group.id}
            >
              <Icon name="plus" size={14} />
              {t('postEditor.hashtagGroup', { name: group.name, count: group.hashtags.length })}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
