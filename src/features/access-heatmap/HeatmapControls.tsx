import type { AccessHeatmapQuery } from '../../analysis/access-heatmap/accessHeatmap';
import type { UrlPatch } from '../../state/urlState';

interface Choice<T extends string> {
  value: T;
  label: string;
}

const RANGES: Choice<AccessHeatmapQuery['range']>[] = [{ value: '24h', label: '24 hours' }, { value: '7d', label: '7 days' }, { value: '30d', label: '30 days' }];
const MODES: Choice<AccessHeatmapQuery['mode']>[] = [{ value: 'hour-of-day', label: 'Hour of day' }, { value: 'days', label: 'Days' }, { value: 'hours', label: 'Hours' }];
const ORDERS: Choice<AccessHeatmapQuery['order']>[] = [{ value: 'score', label: 'Off-hours score' }, { value: 'name', label: 'Name' }, { value: 'total', label: 'Total activity' }];

function Segmented<T extends string>({ legend, choices, value, onChange }: { legend: string; choices: Choice<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset className="ahm-segmented">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={choice.value === value ? 'ahm-chosen' : undefined}>
          <input type="radio" name={legend} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

/** Every control writes the URL, so the view a colleague is sent is the view they get. */
export function HeatmapControls({ query, fit, onChange }: { query: AccessHeatmapQuery; fit: boolean; onChange: (patch: UrlPatch) => void }) {
  return (
    <div className="ahm-controls">
      <Segmented legend="Range" choices={RANGES} value={query.range} onChange={(range) => onChange({ range, from: undefined, to: undefined })} />
      <Segmented legend="Columns" choices={MODES} value={query.mode} onChange={(heatmap) => onChange({ heatmap: heatmap === 'hour-of-day' ? undefined : heatmap })} />
      <Segmented legend="Sort rows by" choices={ORDERS} value={query.order} onChange={(order) => onChange({ heatmapOrder: order === 'score' ? undefined : order })} />
      <fieldset className="ahm-segmented">
        <legend>Show</legend>
        <label className={query.privilegedOnly ? 'ahm-chosen' : undefined}>
          <input type="checkbox" checked={query.privilegedOnly} onChange={(e) => onChange({ privileged: e.target.checked ? '1' : undefined })} />
          Privileged only
        </label>
        <label className={fit ? 'ahm-chosen' : undefined}>
          <input type="checkbox" checked={fit} onChange={(e) => onChange({ heatmapRows: e.target.checked ? 'fit' : undefined })} />
          Fit all rows
        </label>
      </fieldset>
    </div>
  );
}
