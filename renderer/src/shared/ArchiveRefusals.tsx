/**
 * The items an archive import refused, each with the backend's reason in the UI's language
 * (a message: core/messages), folded under "Refused (n)". Nothing when none was refused.
 */
import { useTranslation } from 'react-i18next';
import type { ArchiveReport } from '../../../core/api/archiveArgs';
import { messageText } from './errors';
import './shared.css';

export function ArchiveRefusals({ report, testId }: { report: ArchiveReport | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const refused = report?.items.filter((item) => item.status === 'refused') ?? [];
  if (refused.length === 0) return null;
  return (
    <details className="archive-refused" data-testid={testId}>
      <summary>
        {t('archive.refused')} ({refused.length})
      </summary>
      <ul>
        {refused.map((item, i) => (
          <li key={i}>
            {item.reason ? t('archive.refusedItem', { name: item.name, reason: messageText(item.reason) }) : item.name}
          </li>
        ))}
      </ul>
    </details>
  );
}
