import { useRef } from 'react';
import { useLocalFeedActions, useLocalFeedFiles } from '../../state/localFeedStore';

/** Opens a feed from disk. The file is read in this browser and never uploaded anywhere. */
export function FeedFilePicker() {
  const input = useRef<HTMLInputElement>(null);
  const files = useLocalFeedFiles();
  const { filesChosen, filesClosed } = useLocalFeedActions();
  return (
    <span className="file-picker">
      <input
        ref={input}
        type="file"
        accept=".json,.ndjson,.jsonl,application/json"
        aria-label="Open feed files"
        multiple
        hidden
        onChange={(event) => {
          const chosen = [...(event.currentTarget.files ?? [])];
          if (chosen.length > 0) filesChosen(chosen);
          event.currentTarget.value = '';
        }}
      />
      <button type="button" onClick={() => input.current?.click()}>
        Open file…
      </button>
      {files.length > 0 && (
        <button type="button" onClick={filesClosed}>
          Close {files.length === 1 ? 'file' : 'files'}
        </button>
      )}
    </span>
  );
}
