const WIDTH = 120;
const HEIGHT = 32;

/** A small line of the account's exports over the window: its shape, not its numbers (those are beside it). */
export function AccountSparkline({ values, tone }: { values: readonly number[]; tone: 'bulk' | 'trickle' | 'unusual' }) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? WIDTH / (values.length - 1) : 0;
  const path = values.map((v, i) => `${i === 0 ? 'M' : 'L'}${(i * step).toFixed(1)},${(HEIGHT - 2 - (v / max) * (HEIGHT - 4)).toFixed(1)}`).join('');
  return (
    <svg className={`ev-spark ev-spark-${tone}`} width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} aria-hidden="true" focusable="false">
      <path d={path} fill="none" strokeWidth={2} />
    </svg>
  );
}
