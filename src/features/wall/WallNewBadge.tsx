/** "NEW" in words (and a pulse for the eye): arrived with one of the last refreshes. */
export function WallNewBadge() {
  return <span className="wall-new">New</span>;
}
