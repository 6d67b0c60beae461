import type { Severity } from '../../feed/schema';

export interface SeverityStyle {
  label: string;
  colour: string;
  /** SVG path of the glyph centred on 0,0: the shape tells severities apart without colour. */
  glyph: string;
  hollow: boolean;
}

const circle = (r: number) => `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;

// Colours checked against the panel background (#161b22) for contrast; shape and size rise with severity too.
export const SEVERITY_STYLES: Record<Severity | 'none', SeverityStyle> = {
  none: { label: 'no severity', colour: '#9da7b3', glyph: circle(3.5), hollow: true },
  info: { label: 'info', colour: '#9da7b3', glyph: circle(4), hollow: false },
  low: { label: 'low', colour: '#58a6ff', glyph: 'M-4.5,-4.5H4.5V4.5H-4.5Z', hollow: false },
  medium: { label: 'medium', colour: '#f2cc60', glyph: 'M0,-6L5.5,4H-5.5Z', hollow: false },
  high: { label: 'high', colour: '#ff9e64', glyph: 'M0,-7L7,0L0,7L-7,0Z', hollow: false },
  critical: { label: 'critical', colour: '#ff5c7a', glyph: 'M0,-8L2.4,-2.5L8,-2.5L3.6,1.2L5.2,7L0,3.6L-5.2,7L-3.6,1.2L-8,-2.5L-2.4,-2.5Z', hollow: false },
};

export const severityStyle = (severity: Severity | null): SeverityStyle => SEVERITY_STYLES[severity ?? 'none'];

export const SEVERITY_ORDER: (Severity | 'none')[] = ['critical', 'high', 'medium', 'low', 'info', 'none'];
