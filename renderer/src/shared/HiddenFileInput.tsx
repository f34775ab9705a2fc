/**
 * The invisible <input type="file"> behind an "Open…" or "Import…" button. Its value is cleared
 * after each pick, so choosing the same file again still reports it.
 */
import { forwardRef } from 'react';

interface HiddenFileInputProps {
  accept: string;
  testId: string;
  onFile: (file: File) => void;
}

export const HiddenFileInput = forwardRef<HTMLInputElement, HiddenFileInputProps>(function HiddenFileInput({ accept, testId, onFile }, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept={accept}
      hidden
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = '';
        if (file) onFile(file);
      }}
    />
  );
});
