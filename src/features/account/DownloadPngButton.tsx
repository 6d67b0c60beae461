import { useState } from 'react';

/**
 * The page as it is on screen, as a PNG: html-to-image clones the rendered DOM (React text only, masked values still
 * masked) into an SVG foreignObject and draws it on a canvas. Loaded on the first click, so the page does not carry it.
 */
export function DownloadPngButton({ account, target }: { account: string; target: () => HTMLElement | null }) {
  const [busy, setBusy] = useState(false);
  const download = async () => {
    const node = target();
    if (!node) return;
    setBusy(true);
    try {
      const { toPng } = await import('html-to-image');
      const url = await toPng(node, { backgroundColor: getComputedStyle(document.body).backgroundColor, pixelRatio: 1, cacheBust: false });
      const link = document.createElement('a');
      link.href = url;
      link.download = `${account.replace(/[^\w.-]+/g, '_')}-${new Date().toISOString().slice(0, 10)}.png`;
      link.click();
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" onClick={() => void download()} disabled={busy}>
      {busy ? 'Preparing PNG…' : 'Download PNG'}
    </button>
  );
}
