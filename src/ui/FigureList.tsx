export interface Figure {
  term: string;
  value: string;
  /** Extra words under the number, e.g. "9 privileged". */
  detail?: string;
  tone?: 'normal' | 'alert';
}

/**
 * Labelled headline numbers, as a description list so a screen reader pairs each number with its label. The detail
 * is a second <dd> of the same term: a group <div> inside a <dl> may hold only <dt> and <dd> (axe: definition-list).
 */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="figures">
      {figures.map((f) => (
        <div key={f.term} className={`figure figure-${f.tone ?? 'normal'}`}>
          <dt>{f.term}</dt>
          <dd className="figure-value">{f.value}</dd>
          {f.detail && <dd className="figure-detail">{f.detail}</dd>}
        </div>
      ))}
    </dl>
  );
}
