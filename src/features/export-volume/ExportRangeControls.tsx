import type { ExportMeasure } from '../../analysis/export-volume/exportOverview';
import type { ExportRange } from '../../analysis/export-volume/exportWindow';

interface Choice<T extends string> {
  value: T;
  label: string;
}

const RANGES: Choice<ExportRange>[] = [
  { value: '24h', label: '24 hours' },
  { value: '7d', label: '7 days' },
  { value: '30d', label: '30 days' },
];
const MEASURES: Choice<ExportMeasure>[] = [
  { value: 'records', label: 'Records' },
  { value: 'bytes', label: 'Bytes' },
];

function Segmented<T extends string>({ legend, choices, value, onChange }: { legend: string; choices: Choice<T>[]; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset className="ev-segmented">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice.value} className={choice.value === value ? 'ev-chosen' : undefined}>
          <input type="radio" name={`ev-${legend}`} value={choice.value} checked={choice.value === value} onChange={() => onChange(choice.value)} />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}

interface ExportRangeControlsProps {
  range: ExportRange;
  measure: ExportMeasure;
  logScale: boolean;
  zoomed: boolean;
  helpOpen: boolean;
  onRange: (range: ExportRange) => void;
  onMeasure: (measure: ExportMeasure) => void;
  onLogScale: (on: boolean) => void;
  onResetZoom: () => void;
  onHelp: () => void;
}

/** Range presets (in the URL), the records/bytes toggle, the y scale, the zoom reset and the method's help. */
export function ExportRangeControls(props: ExportRangeControlsProps) {
  return (
    <div className="ev-controls">
      <Segmented legend="Range" choices={RANGES} value={props.range} onChange={props.onRange} />
      <Segmented legend="System total in" choices={MEASURES} value={props.measure} onChange={props.onMeasure} />
      <fieldset className="ev-segmented">
        <legend>Scale</legend>
        <label className={props.logScale ? 'ev-chosen' : undefined}>
          <input type="checkbox" checked={props.logScale} onChange={(e) => props.onLogScale(e.target.checked)} />
          Logarithmic
        </label>
      </fieldset>
      {props.zoomed && (
        <button type="button" onClick={props.onResetZoom}>
          Show the whole range
        </button>
      )}
      <button type="button" aria-expanded={props.helpOpen} aria-controls="ev-method" onClick={props.onHelp}>
        How flags are decided
      </button>
    </div>
  );
}
