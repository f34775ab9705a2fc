/** Content pillars: name, colour (the brand kit's palettes or any colour), target share, hashtag groups; the targets' total. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addPillar, removePillar, targetTotal, updatePillar } from '../../../core/posts/editorial';
import { newId } from '../../../core/schema/factory';
import { BrandSwatches } from '../editor/brand/BrandSwatches';
import { useBrandKit } from '../shared/brandKit';
import { formatNumber } from '../shared/locale';
import { AddForm, CardHead, EditorialSection, ItemList } from './ListEditor';
import type { SectionProps } from './sectionProps';

/** Colours offered to a new pillar when the brand kit has none left unused. */
const DEFAULT_COLORS = ['#6d4aff', '#1e88e5', '#19a974', '#ffb547', '#ff5a5f', '#e64980', '#0ca678', '#495057'];

export function PillarsSection({ editorial, edit, readOnly, posts }: SectionProps) {
  const { t } = useTranslation();
  const { palettes } = useBrandKit();
  const [name, setName] = useState('');
  const total = targetTotal(editorial);

  const nextColor = () => {
    const used = new Set(editorial.pillars.map((pillar) => pillar.color.toLowerCase()));
    const brand = palettes.flatMap((palette) => palette.colors.map((colour) => colour.hex.slice(0, 7).toLowerCase()));
    return [...brand, ...DEFAULT_COLORS].find((color) => !used.has(color)) ?? DEFAULT_COLORS[editorial.pillars.length % DEFAULT_COLORS.length];
  };
  const add = () => {
    if (edit((current) => addPillar(current, { id: newId('pl'), name, color: nextColor() }))) setName('');
  };

  return (
    <EditorialSection id="pillars" title={t('editorial.pillars.title')} hint={t('editorial.pillars.hint')}>
      <ItemList items={editorial.pillars} empty={t('editorial.pillars.empty')}>
        {(pillar) => (
          <li key={pillar.id} className="edl-card edl-pillar" style={{ borderLeftColor: pillar.color }} data-testid="edl-pillar" data-pillar={pillar.id}>
            <CardHead
              before={
                <input
                  type="color"
                  className="edl-color"
                  value={pillar.color}
                  aria-label={t('editorial.pillars.color', { name: pillar.name })}
                  disabled={readOnly}
                  onChange={(event) => edit((current) => updatePillar(current, pillar.id, { color: event.target.value }))}
                  data-testid="edl-pillar-color"
                />
              }
              name={pillar.name}
              nameLabel={t('editorial.pillars.name')}
              onRename={(next) => edit((current) => updatePillar(current, pillar.id, { name: next }))}
              removeLabel={t('editorial.pillars.remove', { name: pillar.name })}
              onRemove={() => edit((current) => removePillar(current, pillar.id, posts))}
              readOnly={readOnly}
              testId="edl-pillar"
            />
            <BrandSwatches current={pillar.color} onPick={(color) => edit((current) => updatePillar(current, pillar.id, { color }))} testId={`edl-pillar-${pillar.id}`} />
            <div className="edl-share">
              <span className="field-label">{t('editorial.pillars.target')}</span>
              <input
                type="range"
                min={0}
                max={100}
                step={1}
                value={pillar.targetShare}
                aria-label={t('editorial.pillars.targetOf', { name: pillar.name })}
                disabled={readOnly}
                onChange={(event) => edit((current) => updatePillar(current, pillar.id, { targetShare: Number(event.target.value) }))}
                data-testid="edl-pillar-share-slider"
              />
              <span className="input-with-unit edl-share-number">
                <input
                  type="number"
                  className="input input-small"
                  min={0}
                  max={100}
                  value={pillar.targetShare}
                  aria-label={t('editorial.pillars.targetOf', { name: pillar.name })}
                  disabled={readOnly}
                  onChange={(event) => event.target.value !== '' && edit((current) => updatePillar(current, pillar.id, { targetShare: Number(event.target.value) }))}
                  data-testid="edl-pillar-share"
                />
                <span className="input-unit">%</span>
              </span>
            </div>
            {editorial.hashtagGroups.length > 0 && (
              <div className="edl-pillar-groups" role="group" aria-label={t('editorial.pillars.groups')}>
                <span className="field-label">{t('editorial.pillars.groups')}</span>
                {editorial.hashtagGroups.map((group) => {
                  const on = pillar.hashtagGroupIds.includes(group.id);
                  return (
                    <button
                      key={group.id}
                      type="button"
                      className={`edl-toggle edl-toggle-text ${on ? 'edl-toggle-on' : ''}`}
                      aria-pressed={on}
                      disabled={readOnly}
                      onClick={() =>
                        edit((current) =>
                          updatePillar(current, pillar.id, {
                            hashtagGroupIds: on ? pillar.hashtagGroupIds.filter((id) => id !== group.id) : [...pillar.hashtagGroupIds, group.id],
                          }),
                        )
                      }
                      data-testid="edl-pillar-group"
                    >
                      {group.name}
                    </button>
                  );
                })}
              </div>
            )}
          </li>
        )}
      </ItemList>
      {editorial.pillars.length > 0 && (
        <p className={`edl-total ${total === 100 ? '' : 'edl-total-off'}`} data-testid="edl-pillars-total">
          {total === 100 ? t('editorial.pillars.total100') : t('editorial.pillars.total', { total: formatNumber(total, { decimals: 0 }) })}
        </p>
      )}
      <AddForm onAdd={add} addLabel={t('editorial.pillars.add')} readOnly={readOnly} testId="edl-pillar-add">
        <input
          className="input input-small edl-grow"
          value={name}
          placeholder={t('editorial.pillars.newName')}
          aria-label={t('editorial.pillars.newName')}
          disabled={readOnly}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
          data-testid="edl-pillar-new-name"
        />
      </AddForm>
    </EditorialSection>
  );
}
