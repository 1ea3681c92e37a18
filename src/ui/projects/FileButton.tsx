import { useRef, type ReactNode } from 'react';

/** A button that opens the file chooser; the hidden input is reset so the same file can be chosen twice. */
export function FileButton({ onFile, children, testId, accept = '.json,application/json' }: { onFile: (file: File) => void; children: ReactNode; testId: string; accept?: string }) {
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
        data-testid={`${testId}-input`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
