interface ForeignFeedConfirmProps {
  url: string;
  origin: string;
  onConfirm: () => void;
}

/** A link may point the dashboard at anyone's data: load it only when the analyst knowingly accepts the origin. */
export function ForeignFeedConfirm({ url, origin, onConfirm }: ForeignFeedConfirmProps) {
  return (
    <div className="foreign-confirm" role="alertdialog" aria-labelledby="foreign-title" aria-describedby="foreign-text">
      <h2 id="foreign-title">Load a feed from {origin}?</h2>
      <p id="foreign-text">
        This link asks Breachline to show data from <strong>{origin}</strong>, which is not one of this deployment's
        configured feed origins. Its contents could be made up. No cookies or credentials will be sent to it.
      </p>
      <p className="foreign-url">
        <code>{url}</code>
      </p>
      <button type="button" onClick={onConfirm}>
        Load data from {origin}
      </button>{' '}
      <a href="?">Back to this deployment's feed</a>
    </div>
  );
}
