import type { Plugin } from 'vite';

/**
 * recharts 3.11's <Line> and <Area> build a label entry (two object spreads) for every point on every render, even
 * when the series has no labels to read them: ~20 ms of each 30-day redraw of the export view (8 series × 720
 * points), measured in a CPU profile. This patch builds them only when the series has a `label` prop or children (a
 * <LabelList>); the entries, when built, are the same. Each rewrite must match exactly or the build fails, so a
 * recharts upgrade that changes this code is noticed, not silently unpatched.
 */
const REWRITES: Record<'Line' | 'Area', [from: string, to: string][]> = {
  Line: [
    ['var showLabels = !isAnimating;', 'var showLabels = !isAnimating && (props.children != null || Boolean(props.label));'],
    ['return points === null || points === void 0 ? void 0 : points.map(point => {', 'return !showLabels || points === null || points === void 0 ? void 0 : points.map(point => {'],
    ['  }, [points]);\n  return /*#__PURE__*/React.createElement(CartesianLabelListContextProvider, {', '  }, [points, showLabels]);\n  return /*#__PURE__*/React.createElement(CartesianLabelListContextProvider, {'],
  ],
  Area: [
    ['showLabels: !isAnimating,\n      points: points\n    }, props.children', 'showLabels: !isAnimating && (props.children != null || Boolean(props.label)),\n      points: points\n    }, props.children'],
    ['var labelListEntries = points.map(point => {', 'var labelListEntries = (showLabels ? points : []).map(point => {'],
  ],
};

const FILE = /[\\/]recharts[\\/]es6[\\/]cartesian[\\/](Line|Area)\.js$/;

/** The file's code with its label entries made lazy, or null when the file is not one this patch is for. */
export function patchLabelEntries(code: string, id: string): string | null {
  const which = FILE.exec(id)?.[1] as keyof typeof REWRITES | undefined;
  if (!which) return null;
  let out = code.replace(/\r\n/g, '\n');
  for (const [from, to] of REWRITES[which]) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) throw new Error(`recharts ${which}.js no longer has exactly one "${from.split('\n')[0]}": check src/app/build/rechartsLabelEntries.ts against this recharts version`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

export function rechartsLabelEntriesPlugin(): Plugin {
  const patched = new Set<string>();
  return {
    name: 'breachline-recharts-label-entries',
    apply: 'build',
    transform(code, id) {
      const out = patchLabelEntries(code, id);
      if (out === null) return null;
      patched.add(FILE.exec(id)![1]!);
      return { code: out, map: null };
    },
    generateBundle() {
      const usesRecharts = [...this.getModuleIds()].some((id) => id.includes('/recharts/'));
      if (usesRecharts && patched.size < 2) throw new Error(`recharts' Line and Area were not both patched (got: ${[...patched].join(', ') || 'none'}); did recharts move its ES build?`);
    },
  };
}
