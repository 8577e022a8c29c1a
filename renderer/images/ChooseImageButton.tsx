// A button that opens the system's file chooser for images (the input itself stays hidden: a
// file input cannot be styled or labelled like the app's other buttons).
import { useRef, type ReactNode } from 'react';
import { IMAGE_MIMES } from '../../shared/images.ts';

export function ChooseImageButton({ multiple = false, onFiles, children, testId, className }: { multiple?: boolean; onFiles: (files: File[]) => void; children: ReactNode; testId?: string; className?: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className={className} onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        accept={IMAGE_MIMES.join(',')}
        multiple={multiple}
        data-testid={testId}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared, so choosing the same file again is a change too.
          event.currentTarget.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
