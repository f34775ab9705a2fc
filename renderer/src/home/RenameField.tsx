import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface RenameFieldProps {
  initial: string;
  onCommit: (name: string) => void;
  onCancel: () => void;
  className?: string;
  testId?: string;
}

/** Inline name editor: Enter or leaving the field saves, Escape cancels. */
export function RenameField({ initial, onCommit, onCancel, className, testId }: RenameFieldProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit && value.trim() && value.trim() !== initial) onCommit(value.trim());
    else onCancel();
  };

  return (
    <input
      ref={ref}
      className={`input ${className ?? ''}`}
      value={value}
      maxLength={200}
      aria-label={t('home.designName')}
      data-testid={testId}
      onChange={(event) => setValue(event.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') finish(true);
        if (event.key === 'Escape') {
          event.stopPropagation();
          finish(false);
        }
      }}
      onClick={(event) => event.stopPropagation()}
    />
  );
}
