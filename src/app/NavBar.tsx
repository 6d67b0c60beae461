import { AppLink } from '../state/AppLink';
import type { View } from '../state/urlState';

const ITEMS: { view: View; label: string }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'exports', label: 'Export volume' },
  { view: 'access', label: 'Access heatmap' },
  { view: 'incidents', label: 'Incidents' },
  { view: 'wall', label: 'Wall' },
];

export function NavBar({ current }: { current: View }) {
  return (
    <nav aria-label="Views">
      <ul className="nav">
        {ITEMS.map((item) => (
          <li key={item.view}>
            <AppLink to={{ view: item.view }} aria-current={current === item.view ? 'page' : undefined}>
              {item.label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
