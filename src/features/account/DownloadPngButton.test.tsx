import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { DownloadPngButton } from './DownloadPngButton';

// jsdom cannot draw: the drawing itself is checked in real Chromium (accountDrilldown.e2e.test.ts). Here only the
// library's entry point is replaced, to see the button wait for it and name the file.
const drawing = vi.hoisted(() => ({ finish: (_url: string) => {}, calls: [] as HTMLElement[] }));
vi.mock('html-to-image', () => ({
  toPng: (node: HTMLElement) => {
    drawing.calls.push(node);
    return new Promise<string>((done) => (drawing.finish = done));
  },
}));

test('"Download PNG" draws the given element, is disabled while it works, and saves <account>-<date>.png', async () => {
  const names: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  const main = document.createElement('main');
  document.body.append(main);
  const user = userEvent.setup();
  render(<DownloadPngButton account="sup adm/07" target={() => main} />);
  await user.click(screen.getByRole('button', { name: 'Download PNG' }));
  expect(await screen.findByRole('button', { name: 'Preparing PNG…' })).toBeDisabled();
  await waitFor(() => expect(drawing.calls).toEqual([main]));
  drawing.finish('data:image/png;base64,iVBORw0KGgo=');
  expect(await screen.findByRole('button', { name: 'Download PNG' })).toBeEnabled();
  expect(names).toEqual([expect.stringMatching(/^sup_adm_07-\d{4}-\d{2}-\d{2}\.png$/)]);
  click.mockRestore();
  main.remove();
});
