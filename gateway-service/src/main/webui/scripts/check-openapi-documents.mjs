// Compares the committed OpenAPI documents (openapi/<service>.json) with the ones the services wrote when last
// built (<service>/target/openapi/openapi.json): a change to a service's API must come with its document and the
// regenerated types (npm run api:types). With --if-built, services that were not built are passed over.
import { readdir, readFile } from 'node:fs/promises';
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const root = path.resolve(webui, '../../../..');
const ifBuilt = process.argv.includes('--if-built');

const problems = [];
let compared = 0;
for (const file of (await readdir(path.join(webui, 'openapi'))).filter((name) => name.endsWith('.json')).sort()) {
  const service = file.replace(/\.json$/, '');
  const built = path.join(root, service, 'target', 'openapi', 'openapi.json');
  const builtText = await readFile(built, 'utf8').catch(() => null);
  if (builtText === null) {
    if (!ifBuilt) problems.push(`${service}: no ${path.relative(root, built)} (build the service first)`);
    continue;
  }
  const committed = JSON.parse(await readFile(path.join(webui, 'openapi', file), 'utf8'));
  compared += 1;
  if (!isDeepStrictEqual(committed, JSON.parse(builtText))) {
    problems.push(`${service}: openapi/${file} differs from ${path.relative(root, built)}`);
  }
}

if (problems.length > 0) {
  console.error(
    'The OpenAPI documents the web app is typed from are not the services\' own:\n  ' +
      problems.join('\n  ') +
      '\nCopy the built documents to gateway-service/src/main/webui/openapi/, run npm run api:types and commit.',
  );
  process.exit(1);
}
console.log(`OpenAPI documents: ${compared} compared with the services' build output, all the same.`);
