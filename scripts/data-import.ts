// `npm run data:import <path>`: loads a data package (a folder, datapackage.json, a .zip or one CSV
// of observations) into the server's store, in one transaction, replacing the dataset of the same
// name. A package with problems changes nothing: its problems are listed as data:check lists them.
import { DATASET_NAME_PATTERN } from '../src/api/contract';
import { filesAt } from '../server/open-path';
import { readPackageFiles } from '../server/read-files';
import { packageChecksum } from '../server/store/checksum';
import { openStore, storeLocation } from '../server/store/open-store';
import { problemReport } from './problem-report';

const path = process.argv[2];
if (!path) {
  process.stderr.write('Usage: npm run data:import <folder | datapackage.json | package.zip | observations.csv>\n');
  process.exit(2);
}
const print = (line: string) => process.stdout.write(`${line}\n`);

try {
  const files = filesAt(path);
  const result = readPackageFiles(files);
  if (!result.ok) {
    for (const line of problemReport(path, result)) print(line);
    process.exitCode = 1;
  } else if (!DATASET_NAME_PATTERN.test(result.data.name)) {
    print(`${path}: the package's name "${result.data.name}" cannot name a dataset: a name is lowercase letters, digits, ".", "_" and "-" (set "name" in datapackage.json, or rename the file). Nothing was loaded.`);
    process.exitCode = 1;
  } else {
    const { data } = result;
    const checksum = packageChecksum(files);
    const store = await openStore(process.env);
    try {
      const before = await store.get(data.name);
      const record = before?.checksum === checksum ? before : await store.put(data, checksum);
      const change = before === undefined ? 'imported' : before.checksum === checksum ? 'already there with these very files; nothing changed' : `imported, replacing version ${before.version ?? '(none)'} (checksum ${before.checksum.slice(0, 12)}…)`;
      print(`${data.name}: ${change}.`);
      print(`  store:        ${storeLocation(process.env)}`);
      print(`  title:        ${record.title}`);
      print(`  version:      ${record.version ?? '(none)'}`);
      print(`  checksum:     ${record.checksum}`);
      print(`  imported at:  ${record.importedAt}`);
      print(`  contents:     ${data.observations.length} observations of ${data.indicators.length} indicators for ${data.entities.length} entities, in ${data.panels.length} panels, with ${data.facts.length} facts and ${data.sources.length} sources.`);
    } finally {
      await store.close();
    }
  }
} catch (error) {
  process.stderr.write(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
