/** "These are used in designs": asked before moving assets that designs use to the trash. */
import { useTranslation } from 'react-i18next';
import { Modal } from '../shared/Modal';
import type { AssetSummary } from '../../../core/api';
import { assetName, type PendingDelete } from './useAssetActions';

interface InUseDialogProps {
  pending: PendingDelete;
  findAsset: (id: string) => AssetSummary | undefined;
  onForce: () => void;
  onOnlyUnused: () => void;
  onClose: () => void;
}

export function InUseDialog({ pending, findAsset, onForce, onOnlyUnused, onClose }: InUseDialogProps) {
  const { t } = useTranslation();
  const unused = pending.ids.length - pending.inUse.length;
  return (
    <Modal
      title={t('library.inUseTitle', { count: pending.inUse.length })}
      subtitle={t('library.inUseBody')}
      onClose={onClose}
      size="sm"
      testId="in-use-dialog"
      footer={
        <>
          <button type="button" className="btn btn-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          {unused > 0 && (
            <button type="button" className="btn btn-secondary" onClick={onOnlyUnused} data-testid="in-use-only-unused">
              {t('library.trashOnlyUnused', { count: unused })}
            </button>
          )}
          <button type="button" className="btn btn-danger" onClick={onForce} autoFocus data-testid="in-use-force">
            {t('library.trashAnyway')}
          </button>
        </>
      }
    >
      <ul className="lib-in-use">
        {pending.inUse.map((entry) => {
          const asset = findAsset(entry.id);
          return (
            <li key={entry.id} data-testid="in-use-asset">
              <strong>{asset ? assetName(asset) : entry.id}</strong>
              <span className="lib-in-use-where">
                {[...entry.designs.map((design) => design.name), ...(entry.brandKit ? [t('library.brandKitLogo')] : [])].join(', ')}
              </span>
            </li>
          );
        })}
      </ul>
    </Modal>
  );
}
