/**
 * The invisible <input type="file"> behind an "Open…" or "Import…" button. Its value is cleared
 * after each pick, so choosing the same file again still reports it.
 */
import { forwardRef } from 'react';

type HiddenFileInputProps = {
  accept: string;
  testId: string;
} & ({ multiple?: false; onFile: (file: File) => void } | { multiple: true; onFiles: (files: File[]) => void });

export const HiddenFileInput = forwardRef<HTMLInputElement, HiddenFileInputProps>(function HiddenFileInput(props, ref) {
  return (
    <input
      ref={ref}
      type="file"
      accept={props.accept}
      multiple={props.multiple}
      hidden
      data-testid={props.testId}
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        event.target.value = '';
        if (files.length === 0) return;
        if (props.multiple) props.onFiles(files);
        else props.onFile(files[0]);
      }}
    />
  );
});
