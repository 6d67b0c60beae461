import { useEffect, useState } from 'react';
import { useNow } from '../../state/useNow';
import { formatDuration } from '../../ui/format';
import { VIEW_NAMES, type Rotation } from './wallSettings';

interface WallNextUpProps {
  rotation: Rotation;
  onDue: () => void;
}

/**
 * "Next: Access heatmap in 23 s". Mounted once per view (keyed by it), so its timer starts with the view and dies with
 * it: a rotation leaves no timer behind.
 */
export function WallNextUp({ rotation, onDue }: WallNextUpProps) {
  const [startedAt] = useState(() => Date.now());
  const now = useNow(1000);
  const [due] = useState(() => onDue);
  useEffect(() => {
    const timer = setTimeout(due, rotation.seconds * 1000);
    return () => clearTimeout(timer);
  }, [due, rotation.seconds]);
  const left = Math.max(0, startedAt + rotation.seconds * 1000 - now);
  return (
    <footer className="wall-next" aria-label="Rotation">
      <span aria-hidden="true">▶</span> Next: <strong>{VIEW_NAMES[rotation.next]}</strong> in {formatDuration(left)}
    </footer>
  );
}
