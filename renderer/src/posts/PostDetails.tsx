/**
 * The post's side column: its designs (picked from the library), its networks, when it goes out
 * (day and time typed the UI language's way, zone, best-time hints), its status, pillar and notes.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DesignSummary } from '../../../core/api';
import { NETWORK_LABELS } from '../../../core/formats/catalog';
import { NETWORKS, type Network } from '../../../core/formats/constants';
import { blocksReady, type PostCheck } from '../../../core/posts/checks';
import { summariseChecks } from '../../../core/posts/checkSummary';
import { addDesign, addNetwork, bestTimeFrom, removeDesign, removeNetwork, setNotes, setPillar, setStatus, setTargetDesign, setTime, type PostDesign } from '../../../core/posts/edit';
import { targetOf } from '../../../core/posts/resolve';
import { localAt } from '../../../core/posts/time';
import type { Design } from '../../../core/schema/design';
import { POST_STATUSES, POSTS_LIMITS, WEEKDAYS, type BestTime, type Editorial, type PostInput } from '../../../core/schema/posts';
import { getBridge } from '../bridge';
import { DesignThumb } from '../home/DesignThumb';
import { currentLanguage } from '../i18n';
import { errorMessage, messageText } from '../shared/errors';
import { DayField } from '../shared/DayField';
import { Icon } from '../shared/Icon';
import { formatList, formatTime } from '../shared/locale';
import { TimeField } from '../shared/TimeField';
import { useToast } from '../shared/toastContext';
import type { PostEdit } from './usePostEditor';
import { zoneChoices } from './zones';

interface PostDetailsProps {
  post: PostInput;
  editorial: Editorial;
  library: DesignSummary[];
  designs: Record<string, Design>;
  checks: readonly PostCheck[];
  demoted: boolean;
  edit: (change: PostEdit) => void;
  /** Shows a network's tab (null: the master's), where its checks say the whole sentence. */
  onShowChecks: (network: Network | null) => void;
}

export function PostDetails(props: PostDetailsProps) {
  return (
    <aside className="post-details">
      <StatusSection {...props} />
      <DesignsSection {...props} />
      <NetworksSection {...props} />
      <TimeSection {...props} />
      <NotesSection {...props} />
    </aside>
  );
}

function DesignsSection({ post, library, designs, edit }: PostDetailsProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const [picking, setPicking] = useState(false);
  const summaries = new Map(library.map((design) => [design.id, design]));
  const available = library.filter((design) => !post.designIds.includes(design.id) && !design.damaged);

  const add = async (id: string) => {
    setPicking(false);
    try {
      const { design } = await getBridge().api['designs.get']({ id });
      edit((p) => {
        let next = addDesign(p, design.id);
        // The first design is what every network publishes until told otherwise.
        if (p.designIds.length === 0) for (const target of next.targets) next = setTargetDesign(next, target.network, design);
        return next;
      });
    } catch (error) {
      toast.error(t('postEditor.addDesignFailed'), errorMessage(error));
    }
  };

  return (
    <section className="post-section" aria-labelledby="post-designs-title">
      <h2 className="post-section-title" id="post-designs-title">
        {t('postEditor.designs')}
      </h2>
      {post.designIds.length === 0 && <p className="post-section-empty">{t('postEditor.noDesign')}</p>}
      <ul className="post-designs">
        {post.designIds.map((id) => {
          const summary = summaries.get(id);
          return (
            <li key={id} className="post-design" data-testid="post-design" data-design-id={id}>
              {summary ? <DesignThumb design={summary} /> : <span className="design-thumb" />}
              <span className="post-design-name" title={summary?.name ?? designs[id]?.name}>
                {summary?.name ?? designs[id]?.name ?? t('postEditor.designGone')}
              </span>
              <a className="icon-btn" href={`#/design/${id}`} aria-label={t('postEditor.openDesign', { name: summary?.name ?? id })} title={t('postEditor.openDesign', { name: summary?.name ?? id })}>
                <Icon name="edit" size={16} />
              </a>
              <button type="button" className="icon-btn" aria-label={t('postEditor.removeDesign', { name: summary?.name ?? id })} title={t('postEditor.removeDesign', { name: summary?.name ?? id })} onClick={() => edit((p) => removeDesign(p, id))} data-testid="post-design-remove">
                <Icon name="close" size={16} />
              </button>
            </li>
          );
        })}
      </ul>
      {post.designIds.length < POSTS_LIMITS.designsPerPost && (
        <button type="button" className="btn btn-secondary btn-small" aria-expanded={picking} onClick={() => setPicking((open) => !open)} data-testid="add-design">
          <Icon name="plus" size={16} />
          {t('postEditor.addDesign')}
        </button>
      )}
      {picking && (
        <div className="design-picker" data-testid="design-picker">
          {available.length === 0 ? (
            <p className="post-section-empty">{t('postEditor.noOtherDesign')}</p>
          ) : (
            available.map((design) => (
              <button key={design.id} type="button" className="design-picker-item" onClick={() => void add(design.id)} data-testid="design-picker-item" data-design-id={design.id}>
                <DesignThumb design={design} />
                <span className="design-picker-name">{design.name}</span>
              </button>
            ))
          )}
        </div>
      )}
    </section>
  );
}

function NetworksSection({ post, designs, edit }: PostDetailsProps) {
  const { t } = useTranslation();
  const first: PostDesign | undefined = post.designIds.map((id) => designs[id]).find(Boolean);
  return (
    <section className="post-section" aria-labelledby="post-networks-title">
      <h2 className="post-section-title" id="post-networks-title">
        {t('postEditor.networks')}
      </h2>
      <div className="network-chips" role="group" aria-labelledby="post-networks-title">
        {NETWORKS.map((network) => {
          const on = targetOf(post, network) !== undefined;
          return (
            <button
              key={network}
              type="button"
              className="network-chip"
              aria-pressed={on}
              onClick={() => edit((p) => (on ? removeNetwork(p, network) : addNetwork(p, network, first)))}
              data-testid={`network-chip-${network}`}
            >
              {on && <Icon name="check" size={14} />}
              {NETWORK_LABELS[network]}
            </button>
          );
        })}
      </div>
      {post.targets.length === 0 && <p className="post-section-empty">{t('postEditor.noNetwork')}</p>}
    </section>
  );
}

function weekdayNames(best: BestTime): string {
  const language = currentLanguage();
  // 2026-11-30 is a Monday.
  const names = best.weekdays.map((day) => new Date(Date.UTC(2026, 10, 30 + WEEKDAYS.indexOf(day))).toLocaleDateString(language, { weekday: 'short', timeZone: 'UTC' }));
  return formatList(names, language);
}

function TimeSection({ post, editorial, edit }: PostDetailsProps) {
  const { t } = useTranslation();
  const zone = post.at?.zone ?? editorial.settings.timeZone;
  const [date, time] = post.at ? post.at.local.split('T') : ['', ''];
  const today = localAt(Date.now(), zone).slice(0, 10);
  const networks = new Set<Network>(post.targets.map((target) => target.network));
  const hints = editorial.bestTimes.filter((best) => networks.has(best.network));
  const plan = (local: string, inZone = zone) => edit((p) => setTime(p, { local, zone: inZone }));
  const fieldId = useId();

  return (
    <section className="post-section" aria-labelledby="post-time-title">
      <h2 className="post-section-title" id="post-time-title">
        {t('postEditor.when')}
      </h2>
      <div className="time-row">
        <div className="field">
          <label className="field-label" htmlFor={`${fieldId}-date`}>
            {t('postEditor.date')}
          </label>
          <DayField id={`${fieldId}-date`} label={t('postEditor.date')} value={date} onChange={(day) => (day ? plan(`${day}T${time || '09:00'}`) : edit((p) => setTime(p, null)))} testId="post-date" />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${fieldId}-time`}>
            {t('postEditor.time')}
          </label>
          <TimeField id={`${fieldId}-time`} label={t('postEditor.time')} value={time} onChange={(clock) => plan(`${date || today}T${clock}`)} testId="post-time" />
        </div>
      </div>
      <label className="field">
        <span className="field-label">{t('postEditor.zone')}</span>
        <select className="input input-small" value={zone} onChange={(event) => (post.at ? plan(post.at.local, event.target.value) : plan(`${today}T09:00`, event.target.value))} data-testid="post-zone">
          {zoneChoices(zone, editorial.settings.timeZone).map((choice) => (
            <option key={choice} value={choice}>
              {choice === editorial.settings.timeZone ? t('postEditor.zoneOfLine', { zone: choice }) : choice}
            </option>
          ))}
        </select>
      </label>
      {post.at ? (
        <button type="button" className="link-btn" onClick={() => edit((p) => setTime(p, null))} data-testid="post-unplan">
          {t('postEditor.unplan')}
        </button>
      ) : (
        <p className="post-section-empty">{t('postEditor.unplanned')}</p>
      )}
      {hints.length > 0 && (
        <div className="best-times" role="group" aria-label={t('postEditor.bestTimes')}>
          <span className="field-label">{t('postEditor.bestTimes')}</span>
          {hints.map((best, index) => (
            <button
              key={index}
              type="button"
              className="best-time-chip"
              title={t('postEditor.bestTimeSource', { source: best.source })}
              onClick={() => plan(bestTimeFrom(best, date || today))}
              data-testid="best-time"
            >
              <span className="best-time-what">
                {NETWORK_LABELS[best.network]} · {weekdayNames(best)}{' '}
                <span className="best-time-window">
                  {formatTime(best.from)}–{formatTime(best.to)}
                </span>
              </span>
              <span className="best-time-source">{best.source}</span>
            </button>
          ))}
        </div>
      )}
    </section>
  );
}

function StatusSection({ post, editorial, checks, demoted, edit, onShowChecks }: PostDetailsProps) {
  const { t } = useTranslation();
  const blocked = blocksReady(checks);
  const pillar = editorial.pillars.find((p) => p.id === post.pillarId);

  return (
    <section className="post-section" aria-labelledby="post-status-title">
      <h2 className="post-section-title" id="post-status-title">
        {t('postEditor.statusTitle')}
      </h2>
      <label className="field">
        <span className="field-label">{t('postEditor.status')}</span>
        <select className="input input-small" value={post.status} onChange={(event) => edit((p) => setStatus(p, event.target.value as PostInput['status']))} aria-describedby="ready-reason" data-testid="post-status">
          {POST_STATUSES.map((status) => (
            <option key={status} value={status} disabled={status === 'ready' && blocked && post.status !== 'ready'}>
              {t(`postEditor.statuses.${status}`)}
            </option>
          ))}
        </select>
      </label>
      {blocked && <ReadyReasons post={post} checks={checks} demoted={demoted} onShowChecks={onShowChecks} />}
      <label className="field">
        <span className="field-label">{t('postEditor.pillar')}</span>
        <span className="pillar-select">
          {pillar && <span className="pillar-dot" style={{ background: pillar.color }} aria-hidden="true" data-testid="pillar-dot" />}
          <select className="input input-small" value={post.pillarId ?? ''} onChange={(event) => edit((p) => setPillar(p, event.target.value || undefined))} data-testid="post-pillar">
            <option value="">{t('postEditor.noPillar')}</option>
            {editorial.pillars.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </span>
      </label>
      {editorial.pillars.length === 0 && <p className="post-section-empty">{t('postEditor.noPillars')}</p>}
    </section>
  );
}

/**
 * Why the post cannot be ready, a line per network: its name and the short names of the rules it
 * fails; a click opens its tab, where each check says the whole sentence.
 */
function ReadyReasons({ post, checks, demoted, onShowChecks }: Pick<PostDetailsProps, 'post' | 'checks' | 'demoted' | 'onShowChecks'>) {
  const { t } = useTranslation();
  const failing = summariseChecks(
    post.targets.map((target) => target.network),
    checks,
    { onlyErrors: true },
  );
  return (
    <div id="ready-reason" className="inline-warning" data-testid="ready-reason">
      <p>{demoted ? t('postEditor.backToDraft') : t('postEditor.notReady')}</p>
      <ul className="ready-reasons">
        {failing.map(({ network, names }) => {
          const where = network ? NETWORK_LABELS[network] : t('postEditor.master');
          const rules = names.map((name) => messageText(name)).join(' · ');
          return (
            <li key={network ?? 'post'}>
              <button
                type="button"
                className="ready-reason"
                onClick={() => onShowChecks(network)}
                title={t('postEditor.showChecks', { tab: where })}
                aria-label={`${where}${t('postEditor.colon')}${rules}. ${t('postEditor.showChecks', { tab: where })}`}
                data-testid="ready-reason-network"
                data-network={network ?? 'master'}
              >
                <span className="ready-reason-network">{where}</span>
                <span className="ready-reason-rules">{rules}</span>
                <Icon name="chevronRight" size={14} className="ready-reason-go" />
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function NotesSection({ post, edit }: PostDetailsProps) {
  const { t } = useTranslation();
  return (
    <section className="post-section" aria-labelledby="post-notes-title">
      <h2 className="post-section-title" id="post-notes-title">
        {t('postEditor.notes')}
      </h2>
      <textarea className="input post-textarea" rows={3} maxLength={POSTS_LIMITS.notes} value={post.notes} aria-labelledby="post-notes-title" placeholder={t('postEditor.notesPlaceholder')} onChange={(event) => edit((p) => setNotes(p, event.target.value))} data-testid="post-notes" />
    </section>
  );
}
