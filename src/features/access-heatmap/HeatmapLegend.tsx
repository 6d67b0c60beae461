import { LUT_SIZE, rampCss } from '../../ui/heatmapPalette';

const STEPS = [1, 12, 24, 36, 48, LUT_SIZE - 1];

/** Every mark the canvas uses, in words: the signal must not depend on telling colours apart. */
export function HeatmapLegend() {
  return (
    <ul className="ahm-legend" aria-label="Legend">
      <li>
        <span className="ahm-ramp" aria-hidden="true">{STEPS.map((i) => <span key={i} style={{ background: rampCss(i) }} />)}</span>
        Activity: fewer → more events (log scale)
      </li>
      <li><span className="ahm-swatch ahm-swatch-alarm" aria-hidden="true" />Privileged account, off-hours, at an hour rare for it (orange bar at the row’s start)</li>
      <li><span className="ahm-swatch ahm-swatch-unusual" aria-hidden="true" />Unusual for that account</li>
      <li><span className="ahm-swatch ahm-swatch-off" aria-hidden="true" />Off-hours (hatched)</li>
      <li><span className="ahm-priv">PRIV</span>Privileged account (pinned on top)</li>
    </ul>
  );
}
