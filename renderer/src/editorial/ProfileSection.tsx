/** The brand profile: objectives, tone of voice, words to use and to avoid, personas with their networks. */
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS } from '../../../core/formats/constants';
import { addWords, updateProfile } from '../../../core/posts/editorial';
import type { BrandProfile } from '../../../core/schema/posts';
import { Icon } from '../shared/Icon';
import { ChipsField } from './fields';
import { CardHead, EditorialSection, ItemList } from './ListEditor';
import { NetworkBadge } from './NetworkBadge';
import type { SectionProps } from './sectionProps';

export function ProfileSection({ editorial, edit, readOnly }: SectionProps) {
  const { t } = useTranslation();
  const { profile } = editorial;
  const patch = (change: Partial<BrandProfile>) => edit((current) => updateProfile(current, change));
  const setPersona = (index: number, change: Partial<BrandProfile['personas'][number]>) =>
    edit((current) => updateProfile(current, { personas: current.profile.personas.map((persona, i) => (i === index ? { ...persona, ...change } : persona)) }));

  return (
    <EditorialSection id="profile" title={t('editorial.profile.title')} hint={t('editorial.profile.hint')}>
      <div className="edl-two">
        <label className="field">
          <span className="field-label">{t('editorial.profile.objectives')}</span>
          <textarea
            className="input edl-textarea"
            value={profile.objectives}
            placeholder={t('editorial.profile.objectivesPlaceholder')}
            disabled={readOnly}
            maxLength={4000}
            onChange={(event) => patch({ objectives: event.target.value })}
            data-testid="edl-objectives"
          />
        </label>
        <label className="field">
          <span className="field-label">{t('editorial.profile.tone')}</span>
          <textarea
            className="input edl-textarea"
            value={profile.toneOfVoice}
            placeholder={t('editorial.profile.tonePlaceholder')}
            disabled={readOnly}
            maxLength={4000}
            onChange={(event) => patch({ toneOfVoice: event.target.value })}
            data-testid="edl-tone"
          />
        </label>
      </div>
      <div className="edl-two">
        <ChipsField
          items={profile.wordsToUse}
          label={t('editorial.profile.wordsToUse')}
          placeholder={t('editorial.profile.wordsPlaceholder')}
          empty={t('editorial.profile.noWords')}
          onAdd={(text) => edit((current) => updateProfile(current, { wordsToUse: addWords(current.profile.wordsToUse, text) }))}
          onRemove={(word) => patch({ wordsToUse: profile.wordsToUse.filter((other) => other !== word) })}
          disabled={readOnly}
          testId="edl-words-use"
        />
        <ChipsField
          items={profile.wordsToAvoid}
          label={t('editorial.profile.wordsToAvoid')}
          placeholder={t('editorial.profile.wordsPlaceholder')}
          empty={t('editorial.profile.noWords')}
          onAdd={(text) => edit((current) => updateProfile(current, { wordsToAvoid: addWords(current.profile.wordsToAvoid, text) }))}
          onRemove={(word) => patch({ wordsToAvoid: profile.wordsToAvoid.filter((other) => other !== word) })}
          disabled={readOnly}
          testId="edl-words-avoid"
        />
      </div>
      <div className="edl-subhead">
        <h3 className="edl-subtitle">{t('editorial.profile.personas')}</h3>
        <button
          type="button"
          className="btn btn-secondary btn-small"
          disabled={readOnly}
          onClick={() => patch({ personas: [...profile.personas, { name: t('editorial.profile.newPersona', { n: profile.personas.length + 1 }), needs: '', networks: [] }] })}
          data-testid="edl-persona-add"
        >
          <Icon name="plus" size={16} />
          {t('editorial.profile.addPersona')}
        </button>
      </div>
      <ItemList items={profile.personas} empty={t('editorial.profile.noPersonas')}>
        {(persona, index) => (
          <li key={index} className="edl-card" data-testid="edl-persona">
            <CardHead
              name={persona.name}
              nameLabel={t('editorial.profile.personaName')}
              onRename={(name) => setPersona(index, { name: name.trim() })}
              removeLabel={t('editorial.profile.removePersona', { name: persona.name })}
              onRemove={() => patch({ personas: profile.personas.filter((_, i) => i !== index) })}
              readOnly={readOnly}
              testId="edl-persona"
            />
            <textarea
              className="input edl-textarea edl-textarea-small"
              value={persona.needs}
              aria-label={t('editorial.profile.personaNeeds')}
              placeholder={t('editorial.profile.personaNeeds')}
              disabled={readOnly}
              maxLength={2000}
              onChange={(event) => setPersona(index, { needs: event.target.value })}
            />
            <div className="edl-network-toggles" role="group" aria-label={t('editorial.profile.personaNetworks')}>
              <span className="field-label edl-toggles-label" aria-hidden="true">
                {t('editorial.profile.personaNetworks')}
              </span>
              {NETWORKS.map((network) => {
                const on = persona.networks.includes(network);
                return (
                  <button
                    key={network}
                    type="button"
                    className={`edl-toggle ${on ? 'edl-toggle-on' : ''}`}
                    aria-pressed={on}
                    title={NETWORK_LABELS[network]}
                    disabled={readOnly}
                    onClick={() => setPersona(index, { networks: on ? persona.networks.filter((n) => n !== network) : NETWORKS.filter((n) => n === network || persona.networks.includes(n)) })}
                  >
                    <NetworkBadge network={network} size={18} />
                    <span className="visually-hidden">{NETWORK_LABELS[network]}</span>
                  </button>
                );
              })}
            </div>
          </li>
        )}
      </ItemList>
    </EditorialSection>
  );
}
