import { createContext, useContext } from 'react';

/**
 * How the wall view tells the frame which feed revision it has on screen: the watchdog counts progress only when
 * what is drawn caught up with what was loaded. Outside a wall frame nobody listens.
 */
export const WallHeartbeat = createContext<(revision: string) => void>(() => undefined);

export const useWallHeartbeat = () => useContext(WallHeartbeat);
