export interface Figure {
  term: string;
  value: string;
  /** Extra words under the number, e.g. "9 privileged". */
  detail?: string;
  tone?: 'normal' | 'alert';
}

/** Labelled headline numbers, as a description list so a screen reader pairs each number with its label. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="figures">
      {figures.map((f) => (
        <div key={f.term} className={`figure figure-${f.tone ?? 'normal'}`}>
          <dt>{f.term}</dt>
          <dd>{f.value}</dd>
          {f.detail && <div className="figure-detail">{f.detail}</div>}
        </div>
      ))}
    </dl>
  );
}
