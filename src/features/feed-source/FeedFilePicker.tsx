import { useRef } from 'react';
import { useLocalFeedActions, useLocalFeedFile } from '../../state/localFeedStore';

/** Opens a feed from disk. The file is read in this browser and never uploaded anywhere. */
export function FeedFilePicker() {
  const input = useRef<HTMLInputElement>(null);
  const file = useLocalFeedFile();
  const { fileChosen, fileClosed } = useLocalFeedActions();
  return (
    <span className="file-picker">
      <input
        ref={input}
        type="file"
        accept=".json,.ndjson,.jsonl,application/json"
        aria-label="Open a feed file"
        hidden
        onChange={(event) => {
          const chosen = event.currentTarget.files?.[0];
          if (chosen) fileChosen(chosen);
          event.currentTarget.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        Open file…
      </button>
      {file && (
        <button type="button" onClick={fileClosed}>
          Close file
        </button>
      )}
    </span>
  );
}
