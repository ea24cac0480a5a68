// Serves `virtual:bundled-package`: the data package in data/, read and checked when the app is
// built (a bad package fails the build, listing its problems), and shipped as plain data, so the
// page parses no CSV and loads no CSV parser for it.
import type { Plugin } from 'vite';
import { BUNDLED_PACKAGE } from '../server/bundled';
import { filesAt, readPackageAt } from '../server/open-path';
import { describeProblem } from '../src/data-package/problems';

const ID = 'virtual:bundled-package';

export function bundledPackage(): Plugin {
  return {
    name: 'bundled-package',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      for (const file of filesAt(BUNDLED_PACKAGE)) this.addWatchFile(`${BUNDLED_PACKAGE}/${file.name}`);
      const read = readPackageAt(BUNDLED_PACKAGE);
      if (!read.ok) this.error(`The data package in data/ has ${read.count} problem(s):\n${read.problems.map(describeProblem).join('\n')}`);
      // JSON.parse of a string literal: faster to start than the same data as a JavaScript literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(read.data))});`;
    },
  };
}
