/** A post's checks as the editor shows them: each failing rule as a sentence in the UI's language. */
import { useTranslation } from 'react-i18next';
import type { Network } from '../../../core/formats/constants';
import { TEXT_LIMITS } from '../../../core/formats/textLimits';
import type { PostCheck } from '../../../core/posts/checks';
import { messageText } from '../shared/errors';

export function checkLevel(checks: readonly PostCheck[]): PostCheck['level'] | null {
  if (checks.some((check) => check.level === 'error')) return 'error';
  if (checks.some((check) => check.level === 'warning')) return 'warning';
  return checks.length > 0 ? 'info' : null;
}

/** Each failing rule as a sentence, errors first. */
export function CheckList({ checks }: { checks: readonly PostCheck[] }) {
  const { t } = useTranslation();
  const order = { error: 0, warning: 1, info: 2 } as const;
  const sorted = [...checks].sort((a, b) => order[a.level] - order[b.level]);
  return (
    <ul className="check-list" data-testid="check-list">
      {sorted.map((check, index) => (
        <li key={`${check.field}-${index}`} className={`check check-${check.level}`} data-testid="check" data-level={check.level} data-field={check.field}>
          <span className="check-level">{t(`postEditor.level.${check.level}`)}</span>
          <span className="check-text">{messageText(check.message)}</span>
        </li>
      ))}
    </ul>
  );
}

/** The network's title limit where it has titles (Pinterest, YouTube, TikTok photo posts). */
export function titleLimit(network: Network): number | undefined {
  return TEXT_LIMITS[network].title?.max;
}
