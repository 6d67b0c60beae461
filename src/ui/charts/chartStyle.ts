// One palette for both export charts, readable on the dark wall theme (see styles.css :root).
export const CHART = {
  grid: '#30363d',
  axis: '#9da7b3',
  actual: '#e6edf3',
  expected: '#9da7b3',
  band: '#58a6ff',
  peers: '#a371f7',
  cumulative: '#f2cc60',
  bulk: '#ff7b72',
  trickle: '#f2cc60',
  tooltip: { background: '#161b22', border: '1px solid #30363d', color: '#e6edf3' },
} as const;
