/**
 * What one network gets of a post (resolveTarget: its own fields, else the master's): the caption
 * with its counter and fold, its checks, hashtags against its cap, the design and format it
 * publishes, alt text per picture, title where it has one, first comment and link.
 */
import { useTranslation } from 'react-i18next';
import { findFormat, NETWORK_LABELS } from '../../../core/formats/catalog';
import type { Network } from '../../../core/formats/constants';
import { TEXT_LIMITS } from '../../../core/formats/textLimits';
import type { PostCheck } from '../../../core/posts/checks';
import { altTextsFor, insertHashtags, overrideField, resetField, setAltText, setTargetDesign } from '../../../core/posts/edit';
import { postedText, resolveTarget, targetOf, type OverridableField } from '../../../core/posts/resolve';
import type { Design } from '../../../core/schema/design';
import { POSTS_LIMITS, type Editorial, type PostInput } from '../../../core/schema/posts';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../shared/locale';
import { CaptionField } from './CaptionField';
import { CheckList, checkLevel, titleLimit } from './CheckList';
import { measureCaption, usageLevel } from './captionUsage';
import { HashtagField } from './HashtagField';
import { groupsForPost } from './hashtagGroups';
import type { PostEdit } from './usePostEditor';

interface NetworkPanelProps {
  network: Network;
  post: PostInput;
  editorial: Editorial;
  designs: Record<string, Design>;
  checks: readonly PostCheck[];
  edit: (change: PostEdit) => void;
}

export function NetworkPanel({ network, post, editorial, designs, checks, edit }: NetworkPanelProps) {
  const { t } = useTranslation();
  const target = targetOf(post, network);
  if (!target) return null;
  const resolved = resolveTarget(post, target);
  const name = NETWORK_LABELS[network];
  const limits = TEXT_LIMITS[network];
  const usage = measureCaption(postedText(resolved), network);
  const captionChecks = checks.filter((check) => check.field === 'caption');
  const level = usageLevel(usage, checkLevel(captionChecks));
  // The fold is counted on the posted text, which starts with the caption.
  const foldAt = usage.visibleEnd !== undefined && usage.visibleEnd < resolved.caption.length ? usage.visibleEnd : undefined;
  const design = resolved.designId ? designs[resolved.designId] : undefined;
  const format = resolved.formatId ? findFormat(resolved.formatId) : undefined;
  const altTexts = design ? altTextsFor(post, network, design) : [];
  const altMax = limits.altText?.max;
  const title = titleLimit(network);

  const overridden = (field: OverridableField) => resolved.overrides.has(field);
  const override = <F extends OverridableField>(field: F, value: NonNullable<PostInput['targets'][number][F]>) => edit((p) => overrideField(p, network, field, value));
  const reset = (field: OverridableField) => edit((p) => resetField(p, network, field));

  return (
    <div className="caption-panel-body">
      <div className="network-panel-head">
        <p className="caption-panel-hint">{t('postEditor.networkHint', { network: name })}</p>
        {design && (
          <p className="network-panel-format" data-testid="network-format">
            {format ? t('postEditor.formatUsed', { design: design.name, format: format.name[currentLanguage()] }) : design.name}
          </p>
        )}
      </div>

      {post.designIds.length > 1 && (
        <div className="field field-inline">
          <label className="field-label" htmlFor={`design-${network}`}>
            {t('postEditor.designHere', { network: name })}
          </label>
          <select
            id={`design-${network}`}
            className="input input-small"
            value={resolved.designId ?? ''}
            onChange={(event) => {
              const picked = designs[event.target.value];
              if (picked) edit((p) => setTargetDesign(p, network, picked));
            }}
          >
            {post.designIds.map((id) => (
              <option key={id} value={id}>
                {designs[id]?.name ?? id}
              </option>
            ))}
          </select>
        </div>
      )}

      {title !== undefined && (
        <OverridableRow label={t('postEditor.title')} network={name} overridden={overridden('title')} onReset={() => reset('title')} htmlFor={`title-${network}`} counter={`${formatNumber(resolved.title.length, { decimals: 0 })} / ${formatNumber(title, { decimals: 0 })}`} over={resolved.title.length > title}>
          <input id={`title-${network}`} className="input" value={resolved.title} maxLength={POSTS_LIMITS.title} onChange={(event) => override('title', event.target.value)} data-testid="network-title" />
        </OverridableRow>
      )}

      <OverridableRow
        label={t('postEditor.caption')}
        network={name}
        overridden={overridden('caption')}
        onReset={() => reset('caption')}
        htmlFor={`caption-${network}`}
        counter={t(`postEditor.counter.${usage.unit}`, { used: formatNumber(usage.used, { decimals: 0 }), max: formatNumber(usage.max, { decimals: 0 }) })}
        counterLevel={level}
        testId="caption"
      >
        <CaptionField
          id={`caption-${network}`}
          value={resolved.caption}
          foldAt={foldAt}
          rows={9}
          maxLength={POSTS_LIMITS.text}
          invalid={level === 'error'}
          describedBy={`checks-${network}`}
          onChange={(value) => override('caption', value)}
          testId="network-caption"
        />
      </OverridableRow>
      {foldAt !== undefined && <p className="caption-fold-legend">{t('postEditor.foldLegend', { count: limits.caption.visible ?? 0 })}</p>}
      {resolved.hashtags.length > 0 && resolved.caption !== '' && <p className="caption-fold-legend">{t('postEditor.hashtagsAppended')}</p>}

      <div id={`checks-${network}`} aria-live="polite">
        {checks.length > 0 ? (
          <CheckList checks={checks} />
        ) : (
          <p className="check-none" data-testid="checks-ok">
            {t('postEditor.allGood', { network: name })}
          </p>
        )}
      </div>

      <HashtagField
        id={`hashtags-${network}`}
        hashtags={resolved.hashtags}
        groups={groupsForPost(editorial, post.pillarId)}
        max={limits.hashtags?.max}
        onAdd={(tags) => edit((p) => insertHashtags(p, tags, network))}
        onRemove={(tag) => override('hashtags', resolved.hashtags.filter((other) => other !== tag))}
        edited={overridden('hashtags') ? <EditedFor network={name} onReset={() => reset('hashtags')} /> : undefined}
      />

      {altTexts.length > 0 && (
        <fieldset className="alt-texts" data-testid="alt-texts">
          <legend className="field-label">{t('postEditor.altTexts')}</legend>
          {altTexts.map((text, index) => (
            <div className="field" key={index}>
              <div className="field-head">
                <label className="alt-text-label" htmlFor={`alt-${network}-${index}`}>
                  {altTexts.length === 1 ? t('postEditor.altTextOne') : t('postEditor.altTextN', { n: index + 1 })}
                </label>
                {altMax !== undefined && (
                  <span className={`post-counter${[...text].length > altMax ? ' post-counter-error' : ''}`}>
                    {formatNumber([...text].length, { decimals: 0 })} / {formatNumber(altMax, { decimals: 0 })}
                  </span>
                )}
              </div>
              <textarea
                id={`alt-${network}-${index}`}
                className="input post-textarea"
                rows={2}
                maxLength={POSTS_LIMITS.altText}
                value={text}
                placeholder={t('postEditor.altTextPlaceholder')}
                onChange={(event) => edit((p) => setAltText(p, network, design!, index, event.target.value))}
                data-testid="alt-text"
              />
            </div>
          ))}
          {overridden('altTexts') && <EditedFor network={name} onReset={() => reset('altTexts')} label={t('postEditor.resetAltTexts')} />}
        </fieldset>
      )}

      <div className="field-row">
        <OverridableRow label={t('postEditor.firstComment')} network={name} overridden={overridden('firstComment')} onReset={() => reset('firstComment')} htmlFor={`first-comment-${network}`}>
          <textarea id={`first-comment-${network}`} className="input post-textarea" rows={2} maxLength={POSTS_LIMITS.text} value={resolved.firstComment} onChange={(event) => override('firstComment', event.target.value)} data-testid="network-first-comment" />
        </OverridableRow>
        <OverridableRow label={t('postEditor.link')} network={name} overridden={overridden('link')} onReset={() => reset('link')} htmlFor={`link-${network}`}>
          <input id={`link-${network}`} className="input" type="url" placeholder="https://" maxLength={POSTS_LIMITS.link} value={resolved.link} onChange={(event) => override('link', event.target.value)} data-testid="network-link" />
        </OverridableRow>
      </div>
    </div>
  );
}

function EditedFor({ network, onReset, label }: { network: string; onReset: () => void; label?: string }) {
  const { t } = useTranslation();
  return (
    <span className="edited-for" data-testid="edited-for">
      <span className="chip chip-accent">{t('postEditor.editedFor', { network })}</span>
      <button type="button" className="link-btn" onClick={onReset} data-testid="reset-to-master">
        {label ?? t('postEditor.resetToMaster')}
      </button>
    </span>
  );
}

function OverridableRow({
  label,
  network,
  overridden,
  onReset,
  htmlFor,
  counter,
  counterLevel,
  over,
  testId,
  children,
}: {
  label: string;
  network: string;
  overridden: boolean;
  onReset: () => void;
  htmlFor: string;
  counter?: string;
  counterLevel?: 'ok' | 'warning' | 'error';
  over?: boolean;
  testId?: string;
  children: React.ReactNode;
}) {
  const level = counterLevel ?? (over ? 'error' : 'ok');
  return (
    <div className="field overridable" data-testid={testId ? `${testId}-row` : undefined} data-overridden={overridden ? 'true' : 'false'}>
      <div className="field-head">
        <label className="field-label" htmlFor={htmlFor}>
          {label}
        </label>
        {overridden && <EditedFor network={network} onReset={onReset} />}
        {counter && (
          <span className={`post-counter post-counter-${level}`} data-testid={testId ? `${testId}-counter` : undefined} data-level={level}>
            {counter}
          </span>
        )}
      </div>
      {children}
    </div>
  );
}
