import { useEffect, useState } from 'react';
import { useLocalFeedActions } from '../../state/localFeedStore';

/** Drop a feed file anywhere on the page to open it (read locally, never uploaded). */
export function FeedDropZone() {
  const [over, setOver] = useState(false);
  const { filesChosen } = useLocalFeedActions();
  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const onOver = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(true);
    };
    const onLeave = (event: DragEvent) => {
      if (event.relatedTarget === null) setOver(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setOver(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) filesChosen(files);
    };
    addEventListener('dragover', onOver);
    addEventListener('dragleave', onLeave);
    addEventListener('drop', onDrop);
    return () => {
      removeEventListener('dragover', onOver);
      removeEventListener('dragleave', onLeave);
      removeEventListener('drop', onDrop);
    };
  }, [filesChosen]);
  return over ? (
    <div className="drop-zone" role="status">
      Drop feed files to open them here (several are read as one feed). They stay in this browser.
    </div>
  ) : null;
}
