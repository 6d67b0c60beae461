import { useState } from 'react';
import { hrefFor } from '../../state/urlState';

/**
 * Copies the link to exactly this screen. The link is also shown, selected, so it can be copied by hand where
 * the clipboard is not allowed (a plain-HTTP host, a locked-down browser).
 */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<{ link: string; ok: boolean } | null>(null);
  const copy = async () => {
    const link = new URL(hrefFor({}), document.baseURI).href;
    const ok = await navigator.clipboard?.writeText(link).then(
      () => true,
      () => false,
    );
    setCopied({ link, ok: ok === true });
  };
  return (
    <span className="account-copy-link">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      {copied && (
        <>
          <span role="status">{copied.ok ? 'Link copied' : 'Copy the link:'}</span>{' '}
          <input aria-label="Link to this screen" readOnly value={copied.link} onFocus={(event) => event.target.select()} size={32} />
        </>
      )}
    </span>
  );
}
