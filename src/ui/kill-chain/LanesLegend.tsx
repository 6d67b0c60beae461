import { SEVERITY_ORDER, SEVERITY_STYLES } from './severityStyle';

/** Severity as colour and shape; the ring that marks one detection shown in several lanes. */
export function LanesLegend() {
  return (
    <ul className="lanes-legend" aria-label="Legend">
      {SEVERITY_ORDER.map((key) => {
        const style = SEVERITY_STYLES[key];
        return (
          <li key={key}>
            <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
              <path d={style.glyph} fill={style.hollow ? 'none' : style.colour} stroke={style.hollow ? style.colour : undefined} />
            </svg>
            {style.label}
          </li>
        );
      })}
      <li>
        <svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
          <circle r="7" className="legend-ring" />
          <path d={SEVERITY_STYLES.medium.glyph} fill={SEVERITY_STYLES.medium.colour} transform="scale(0.7)" />
        </svg>
        ringed: one detection in several tactics
      </li>
      <li>
        <svg width="22" height="18" viewBox="0 -9 22 18" aria-hidden="true">
          <rect x="2" y="-6" width="18" height="12" rx="1.5" fill={SEVERITY_STYLES.high.colour} />
        </svg>
        bar: many detections, click to zoom
      </li>
    </ul>
  );
}
