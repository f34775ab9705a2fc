/**
 * "Resize to...": every catalog format by network, then the user's own formats ("My formats"), as
 * checkboxes; the checked ones become linked variants of the design in one step. Sizes the design
 * already has (the master or a variant) show as taken.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatsByNetwork, NETWORK_LABELS, ratioLabel } from '../../../../core/formats/catalog';
import { userCatalog, type AnyFormat } from '../../../../core/formats/userFormats';
import type { Design, FormatRef } from '../../../../core/schema/design';
import { formatKey, formatKeysOf } from '../../../../core/variants/variants';
import { currentLanguage } from '../../i18n';
import { FormatPreview } from '../../shared/FormatPreview';
import { Modal } from '../../shared/Modal';
import { pixelSize } from '../../shared/formatLabel';
import { useUserFormats } from '../../shared/userFormats';


export function ResizeDialog({ design, onCreate, onClose }: { design: Design; onCreate: (formats: FormatRef[]) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const mine = useUserFormats();
  // One list of groups: the networks', then the user's (their ids are the `user:<id>` presets).
  const groups: Array<{ key: string; legend: string; formats: AnyFormat[] }> = [
    ...formatsByNetwork()
      .filter((group) => group.formats.length > 0)
      .map((group) => ({ key: group.network, legend: NETWORK_LABELS[group.network], formats: group.formats as AnyFormat[] })),
    ...(mine.length > 0 ? [{ key: 'mine', legend: t('editor.variants.mine'), formats: userCatalog(mine) as AnyFormat[] }] : []),
  ];
  const taken = useMemo(() => formatKeysOf(design), [design]);
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const isTaken = (format: AnyFormat) => taken.has(formatKey({ preset: format.id, width: format.width, height: format.height }));
  const toggle = (id: string) =>
    setPicked((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const chosen = groups.flatMap((g) => g.formats).filter((f) => picked.has(f.id));

  return (
    <Modal
      title={t('editor.variants.resizeTitle')}
      subtitle={t('editor.variants.resizeSubtitle')}
      onClose={onClose}
      size="lg"
      testId="resize-dialog"
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={chosen.length === 0}
            onClick={() => onCreate(chosen.map((f) => ({ preset: f.id, width: f.width, height: f.height })))}
            data-testid="resize-create"
          >
            {chosen.length === 0 ? t('editor.variants.createNone') : t('editor.variants.create', { count: chosen.length })}
          </button>
        </>
      }
    >
      <div className="resize-groups">
        {groups.map((group) => (
          <fieldset key={group.key} className="resize-group" data-testid={`resize-group-${group.key}`}>
            <legend className="resize-network">{group.legend}</legend>
            {group.formats.map((format) => {
              const already = isTaken(format);
              return (
                <label key={format.id} className={`resize-option ${already ? 'resize-option-taken' : ''}`} title={already ? t('editor.variants.taken') : undefined}>
                  <input
                    type="checkbox"
                    checked={already || picked.has(format.id)}
                    disabled={already}
                    onChange={() => toggle(format.id)}
                    data-testid={`resize-${format.id}`}
                  />
                  <FormatPreview width={format.width} height={format.height} box={28} />
                  <span className="resize-option-name">
                    {format.name[language]}
                    {already && <span className="chip resize-option-chip">{t('editor.variants.already')}</span>}
                  </span>
                  <span className="resize-option-size">
                    {pixelSize(format.width, format.height)} · {ratioLabel(format.width, format.height)}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>
    </Modal>
  );
}
