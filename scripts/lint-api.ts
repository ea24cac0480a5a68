// `npm run lint:api`: writes the OpenAPI document the server serves to a temporary file and lints
// it with Redocly's recommended rules (redocly.yaml); exits non-zero on any error.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../server/openapi/openapi-document';

const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
const file = join(dir, 'openapi.json');
try {
  writeFileSync(file, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
  // Redocly's CLI reports usage and looks for updates over the network unless told not to.
  const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
  const lint = spawnSync(process.execPath, ['node_modules/@redocly/cli/bin/cli.js', 'lint', '--config', 'redocly.yaml', file], { stdio: 'inherit', env });
  process.exitCode = lint.status ?? 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
