// Generates src/api/generated/<service>.ts from openapi/<service>.json, the OpenAPI documents the services write
// when built. With --check it writes nothing and fails when a committed file differs from what it would generate.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const webui = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const documents = path.join(webui, 'openapi');
const generated = path.join(webui, 'src', 'api', 'generated');
const check = process.argv.includes('--check');

const HEADER = (service) =>
  `// Generated from openapi/${service}.json by scripts/api-types.mjs (npm run api:types): do not edit.\n` +
  `// The services write their OpenAPI document when built (target/openapi); npm run api:check finds drift.\n\n`;

const stale = [];
for (const file of (await readdir(documents)).filter((name) => name.endsWith('.json')).sort()) {
  const service = file.replace(/\.json$/, '');
  const document = JSON.parse(await readFile(path.join(documents, file), 'utf8'));
  const types = HEADER(service) + astToString(await openapiTS(document, { alphabetize: true }));
  const target = path.join(generated, `${service}.ts`);
  if (!check) {
    await writeFile(target, types);
    continue;
  }
  const committed = await readFile(target, 'utf8').catch(() => null);
  if (committed !== types) stale.push(path.relative(webui, target));
}

if (stale.length > 0) {
  console.error(`API types out of date with openapi/*.json: ${stale.join(', ')}. Run npm run api:types and commit.`);
  process.exit(1);
}
if (check) console.log('API types match the committed OpenAPI documents.');
