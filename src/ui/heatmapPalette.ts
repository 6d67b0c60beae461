// Colours chosen to survive colour blindness and distance: activity is one blue ramp (lightness carries it, so
// grey-scale and every CVD type read it the same); the alarm is Okabe–Ito orange, the one hue no ramp step uses,
// drawn as a thick outline (a shape, not a shade) or, on cells too small to outline, a solid orange fill.
export const COLOURS = {
  background: '#0b1016',
  empty: '#121a24',
  hatch: '#2c3a4b',
  alarm: '#e69f00',
  alarmInner: '#000000',
  unusual: '#d0d7de',
  privileged: '#c9b3ff',
  separator: '#3d4a5c',
  axisText: '#9da7b3',
  offBand: '#56657a',
} as const;

const RAMP = ['#1c3550', '#1f4e79', '#2b6ea8', '#3f8fcc', '#6cb0e0', '#a3d0f0', '#e4f2fc'];

const hex = (colour: string) => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)) as [number, number, number];

/** Packed for a Uint32Array view over ImageData: RGBA bytes in memory, little-endian as every browser runs. */
export const packed = (colour: string): number => {
  const [r, g, b] = hex(colour);
  return ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
};

export const LUT_SIZE = 64;

/** 64 steps of the ramp, so a cell's colour is one array read. */
export const RAMP_LUT: Uint32Array = (() => {
  const lut = new Uint32Array(LUT_SIZE);
  const stops = RAMP.map(hex);
  for (let i = 0; i < LUT_SIZE; i++) {
    const t = (i / (LUT_SIZE - 1)) * (stops.length - 1);
    const lo = Math.floor(t);
    const hi = Math.min(stops.length - 1, lo + 1);
    const f = t - lo;
    const [r0, g0, b0] = stops[lo] ?? [0, 0, 0];
    const [r1, g1, b1] = stops[hi] ?? [0, 0, 0];
    const mix = (a: number, b: number) => Math.round(a + (b - a) * f);
    lut[i] = ((255 << 24) | (mix(b0, b1) << 16) | (mix(g0, g1) << 8) | mix(r0, r1)) >>> 0;
  }
  return lut;
})();

/** Log scale: one login must show, and a 300-event night must not wash every other cell out. */
export function rampIndex(value: number, maxValue: number): number {
  if (value <= 0) return 0;
  return Math.max(1, Math.round((Math.log1p(value) / Math.log1p(Math.max(1, maxValue))) * (LUT_SIZE - 1)));
}

/** CSS colour of a ramp step, for the legend. */
export function rampCss(index: number): string {
  const v = RAMP_LUT[index] ?? 0;
  return `rgb(${v & 255} ${(v >>> 8) & 255} ${(v >>> 16) & 255})`;
}
