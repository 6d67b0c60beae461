import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../app/App';

/** Renders the whole app at `url`, with a query client that does not retry, so failures show at once. */
export function renderApp(url = '/') {
  history.replaceState(null, '', url);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  const user = userEvent.setup();
  const view = render(<App client={client} />);
  const refresh = () => client.refetchQueries({ queryKey: ['feed'] });
  return { ...view, user, client, refresh };
}
