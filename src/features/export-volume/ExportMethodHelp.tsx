import type { ExportMethod } from '../../analysis/export-volume/exportMethod';

/** The method and its thresholds in plain words, written by the analysis from the numbers it ran with. */
export function ExportMethodHelp({ method }: { method: ExportMethod }) {
  return (
    <section id="ev-method" className="panel ev-method" aria-label="How export flags are decided">
      <h2>How export flags are decided</h2>
      <dl>
        {method.sections.map((s) => (
          <div key={s.title}>
            <dt>{s.title}</dt>
            <dd>{s.text}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
