interface Problem {
  where: string;
  why: string;
}

interface ErrorStateProps {
  title: string;
  message?: string;
  problems?: readonly Problem[];
}

/** An error said in words, with where and why for each problem. Feed text is shown as text, never as markup. */
export function ErrorState({ title, message, problems = [] }: ErrorStateProps) {
  return (
    <div role="alert" className="error-state">
      <h2>{title}</h2>
      {message && <p>{message}</p>}
      {problems.length > 0 && (
        <ul>
          {problems.map((p, i) => (
            <li key={i}>
              <code>{p.where}</code>: {p.why}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
