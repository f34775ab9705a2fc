/** Hashtag groups: a name and its hashtags as chips; a paste of '#a #b #c' adds each once. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addHashtagGroup, addHashtagsToGroup, parseHashtags, removeHashtagFromGroup, removeHashtagGroup, updateHashtagGroup } from '../../../core/posts/editorial';
import { newId } from '../../../core/schema/factory';
import { ChipsField } from './fields';
import { AddForm, CardHead, EditorialSection, ItemList } from './ListEditor';
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
    <EditorialSection id="groups" title={t('editorial.groups.title')} hint={t('editorial.groups.hint')}>
      <ItemList items={editorial.hashtagGroups} empty={t('editorial.groups.empty')}>
        {(group) => (
          <li key={group.id} className="edl-card" data-testid="edl-group" data-group={group.id}>
            <CardHead
              name={group.name}
              nameLabel={t('editorial.groups.name')}
              onRename={(next) => edit((current) => updateHashtagGroup(current, group.id, { name: next }))}
              after={<span className="edl-count">{t('editorial.groups.count', { count: group.hashtags.length })}</span>}
              removeLabel={t('editorial.groups.remove', { name: group.name })}
              onRemove={() => edit((current) => removeHashtagGroup(current, group.id))}
              readOnly={readOnly}
              testId="edl-group"
            />
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
        )}
      </ItemList>
      <AddForm onAdd={add} addLabel={t('editorial.groups.add')} readOnly={readOnly} testId="edl-group-add">
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
      </AddForm>
    </EditorialSection>
  );
}
