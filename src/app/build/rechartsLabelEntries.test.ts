import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { patchLabelEntries } from './rechartsLabelEntries';

const es6 = join(dirname(createRequire(import.meta.url).resolve('recharts/package.json')), 'es6/cartesian');
const installed = (name: 'Line' | 'Area') => {
  const id = join(es6, `${name}.js`);
  return { id, code: readFileSync(id, 'utf8') };
};

describe('patchLabelEntries', () => {
  test.each(['Line', 'Area'] as const)('makes the installed recharts %s build label entries only for a series with labels', (name) => {
    const { id, code } = installed(name);
    const out = patchLabelEntries(code, id)!;
    expect(out).not.toBe(code);
    expect(out).toContain('!isAnimating && (props.children != null || Boolean(props.label))');
    // Still a module the bundler can parse: the patch only rewrites expressions in place.
    expect(out.split('{').length).toBe(code.replace(/\r\n/g, '\n').split('{').length);
  });

  test('fails the build, naming the file, when recharts no longer has the code it rewrites', () => {
    const { id, code } = installed('Line');
    expect(() => patchLabelEntries(code.replace('var showLabels = !isAnimating;', 'const showLabels = true;'), id)).toThrow(/recharts Line\.js no longer has exactly one "var showLabels = !isAnimating;"/);
  });

  test('leaves every other module alone', () => {
    expect(patchLabelEntries('var showLabels = !isAnimating;', join(es6, 'Bar.js'))).toBeNull();
    expect(patchLabelEntries('x', '/src/ui/charts/Line.js')).toBeNull();
  });
});
