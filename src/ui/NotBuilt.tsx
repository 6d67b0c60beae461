interface NotBuiltProps {
  view: string;
  issue: number;
}

/** Said plainly: a route that exists so links can be shared, before its view is built. */
export function NotBuilt({ view, issue }: NotBuiltProps) {
  return (
    <div className="not-built" role="status">
      <h2>{view}</h2>
      <p>
        This view is not built yet (issue #{issue}). Its link already works and will show the view once it lands.
      </p>
    </div>
  );
}
