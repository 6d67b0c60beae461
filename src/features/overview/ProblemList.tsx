import type { Reject } from '../../feed/rejects';
import { formatInt } from '../../ui/format';

interface ProblemListProps {
  problems: readonly Reject[];
  total: number;
  empty: string;
}

/** Where and why for each rejected record or warning; the first few hundred, with the exact total. */
export function ProblemList({ problems, total, empty }: ProblemListProps) {
  if (total === 0) return <p>{empty}</p>;
  return (
    <>
      <table className="problems">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>
                <code>{p.where}</code>
              </td>
              <td>{p.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {total > problems.length && <p>… and {formatInt(total - problems.length)} more (run <code>npm run feed -- check FILE</code> for the full list).</p>}
    </>
  );
}
