/** Inline name field for a new or renamed collection: Enter saves, Escape gives up. */
import { useRef, useState } from 'react';

interface Props {
  initial: string;
  label: string;
  onSubmit: (name: string) => Promise<void>;
  onCancel: () => void;
}

export function CollectionNameField({ initial, label, onSubmit, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [busy, setBusy] = useState(false);
  // Enter then the blur that follows must not save twice.
  const submitting = useRef(false);
  const submit = async () => {
    if (submitting.current) return;
    const trimmed = name.trim();
    if (!trimmed || trimmed === initial) return onCancel();
    submitting.current = true;
    setBusy(true);
    await onSubmit(trimmed);
    submitting.current = false;
    setBusy(false);
  };
  return (
    <input
      className="input input-small lib-collection-input"
      value={name}
      aria-label={label}
      placeholder={label}
      maxLength={80}
      autoFocus
      disabled={busy}
      data-testid="collection-name-input"
      onChange={(event) => setName(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          void submit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          submitting.current = true;
          onCancel();
        }
      }}
      onBlur={() => void submit()}
    />
  );
}
