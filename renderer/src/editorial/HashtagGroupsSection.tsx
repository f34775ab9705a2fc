/** Hashtag groups: a name and its hashtags as chips; a paste of '#a #b #c' adds each once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addHashtagGroup, addHashtagsToGroup, parseHashtags, removeHashtagFromGroup, removeHashtagGroup, updateHashtagGroup } from '../../../core/posts/editorial';
import { newId } from '../../../core/schema/factory';
import { Icon } from '../shared/Icon';
import { ChipsField, CommitInput } from './fields';
import type { SectionProps } from './sectionProps';

export function HashtagGroupsSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [tags, setTags] = useState('');
  const add = () => {
    if (edit((current) => addHashtagGroup(current, { id: newId('hg'), name, hashtags: parseHashtags(tags) }))) {
      setName('');
      setTags('');
    }
  };
  return (
    <section className="edl-section" aria-labelledby="edl-groups" data-testid="edl-groups">
      <h2 className="edl-section-title" id="edl-groups">
        {t('editorial.groups.title')}
      </h2>
      <p className="edl-section-hint">{t('editorial.groups.hint')}</p>
      {editorial.hashtagGroups.length === 0 ? (
        <p className="edl-empty">{t('editorial.groups.empty')}</p>
      ) : (
        <ul className="edl-cards">
          {editorial.hashtagGroups.map((group) => (
            <li key={group.id} className="edl-card" data-testid="edl-group" data-group={group.id}>
              <div className="edl-card-head">
                <CommitInput
                  value={group.name}
                  label={t('editorial.groups.name')}
                  disabled={readOnly}
                  onCommit={(next) => edit((current) => updateHashtagGroup(current, group.id, { name: next }))}
                  testId="edl-group-name"
                  className="edl-grow"
                />
                <span className="edl-count">{t('editorial.groups.count', { count: group.hashtags.length })}</span>
                <button
                  type="button"
                  className="icon-btn"
                  aria-label={t('editorial.groups.remove', { name: group.name })}
                  title={t('editorial.groups.remove', { name: group.name })}
                  disabled={readOnly}
                  onClick={() => edit((current) => removeHashtagGroup(current, group.id))}
                  data-testid="edl-group-remove"
                >
                  <Icon name="trash" size={18} />
                </button>
              </div>
              <ChipsField
                items={group.hashtags}
                label={t('editorial.groups.hashtags')}
                placeholder={t('editorial.groups.hashtagsPlaceholder')}
                onAdd={(text) => edit((current) => addHashtagsToGroup(current, group.id, text))}
                onRemove={(tag) => edit((current) => removeHashtagFromGroup(current, group.id, tag))}
                disabled={readOnly}
                testId="edl-group-tags"
              />
            </li>
          ))}
        </ul>
      )}
      <form
        className="edl-add"
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <input
          className="input input-small"
          value={name}
          placeholder={t('editorial.groups.newName')}
          aria-label={t('editorial.groups.newName')}
          disabled={readOnly}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
          data-testid="edl-group-new-name"
        />
        <input
          className="input input-small edl-grow"
          value={tags}
          placeholder={t('editorial.groups.hashtagsPlaceholder')}
          aria-label={t('editorial.groups.hashtags')}
          disabled={readOnly}
          onChange={(event) => setTags(event.target.value)}
          data-testid="edl-group-new-tags"
        />
        <button type="submit" className="btn btn-secondary btn-small" disabled={readOnly} data-testid="edl-group-add">
          <Icon name="plus" size={16} />
          {t('editorial.groups.add')}
        </button>
      </form>
    </section>
  );
}
