// `npm run data:check <path>`: checks a data package (a folder, datapackage.json, a .zip or one CSV of
// observations) as the page does when it is opened, and lists every problem with its place.
import { readPackageAt } from '../server/open-path';
import { problemReport } from './problem-report';

const path = process.argv[2];
if (!path) {
  process.stderr.write('Usage: npm run data:check <folder | datapackage.json | package.zip | observations.csv>\n');
  process.exit(2);
}
try {
  const result = readPackageAt(path);
  if (result.ok) {
    const { data } = result;
    process.stdout.write(
      `${path}: a good data package, "${data.title}": ${data.observations.length} observations of ${data.indicators.length} indicators for ${data.entities.length} entities, in ${data.panels.length} panels, with ${data.facts.length} facts and ${data.sources.length} sources.\n`,
    );
  } else {
    for (const line of problemReport(path, result)) process.stdout.write(`${line}\n`);
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
