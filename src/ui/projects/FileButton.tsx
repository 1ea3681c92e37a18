import { useRef, type ReactNode } from 'react';

/** A button that opens the file chooser; the hidden input is reset so the same file can be chosen twice. */
export function FileButton({
  onFile,
  onFiles,
  children,
  testId,
  accept = '.json,application/json',
}: { children: ReactNode; testId: string; accept?: string } & (
  { onFile: (file: File) => void; onFiles?: never } | { onFiles: (files: File[]) => void; onFile?: never }
)) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()} data-testid={testId}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        multiple={onFiles !== undefined}
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (onFiles) {
            if (files.length) onFiles(files);
          } else if (files[0]) onFile?.(files[0]);
        }}
      />
    </>
  );
}
