import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { feedQueries } from '../../queries/feedQueries';

/** File names keep to a safe alphabet: the incident id comes from the feed. */
const fileName = (incidentId: string) => `breachline-${incidentId.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 80)}-navigator-layer.json`;

/**
 * Downloads the incident as an ATT&CK Navigator layer. The layer is built by the worker from the analysis; here it
 * only becomes a JSON Blob (application/json, never HTML) behind a temporary object URL.
 */
export function NavigatorLayerButton({ revision, incidentId }: { revision: string; incidentId: string }) {
  const client = useQueryClient();
  const [state, setState] = useState<'idle' | 'working' | 'failed'>('idle');
  const download = async () => {
    setState('working');
    try {
      const layer = await client.fetchQuery(feedQueries.incidentNavigatorLayer(revision, incidentId));
      if (!layer) throw new Error('no such incident');
      const url = URL.createObjectURL(new Blob([JSON.stringify(layer, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName(incidentId);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="navigator-download">
      <button type="button" onClick={() => void download()} disabled={state === 'working'}>
        Download Navigator layer
      </button>
      {state === 'failed' && <span role="alert"> The layer could not be built.</span>}
    </span>
  );
}
