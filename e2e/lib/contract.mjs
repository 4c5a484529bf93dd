// The services' API contract, as the web app is typed from it: the OpenAPI documents committed under
// gateway-service/src/main/webui/openapi. The mock backend checks every JSON answer it gives against the schema of
// the operation it stands in for, so that a browser test never passes on a shape the services do not send.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const DOCUMENTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../gateway-service/src/main/webui/openapi');
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Two looser readings of the documents, nothing else: Java's reference types may be null unless a record says
 * otherwise, and the services' records carry no such annotation, so every property also accepts null; and string
 * patterns (the UUID one) are not checked, as the mock names its records readably ("task-12") where the services
 * use UUIDs. Shapes and types are.
 */
function nullableProperties(schema) {
  if (Array.isArray(schema)) return schema.map(nullableProperties);
  if (!schema || typeof schema !== 'object') return schema;
  const copy = Object.fromEntries(
    Object.entries(schema)
      .filter(([key, value]) => !(key === 'pattern' && typeof value === 'string'))
      .map(([key, value]) => [key, nullableProperties(value)]),
  );
  if (copy.properties) {
    copy.properties = Object.fromEntries(
      Object.entries(copy.properties).map(([name, property]) => [name, { anyOf: [property, { type: 'null' }] }]),
    );
  }
  return copy;
}

function templateRegex(template) {
  const pattern = template
    .split('/')
    .map((part) => (/^\{.+\}$/.test(part) ? (part === '{path}' ? '.+' : '[^/]+') : part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}$`);
}

function load() {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  const operations = [];
  for (const file of readdirSync(DOCUMENTS).filter((name) => name.endsWith('.json')).sort()) {
    const service = file.replace(/\.json$/, '');
    const document = JSON.parse(readFileSync(path.join(DOCUMENTS, file), 'utf8'));
    ajv.addSchema({ $id: service, components: { schemas: nullableProperties(document.components?.schemas ?? {}) } });
    for (const [template, item] of Object.entries(document.paths ?? {})) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const responses = {};
        for (const [status, response] of Object.entries(item[method].responses ?? {})) {
          const schema = response.content?.['application/json']?.schema;
          if (schema) responses[status] = { ...nullableProperties({ properties: { body: schema } }).properties.body };
        }
        operations.push({ service, method: method.toUpperCase(), template, regex: templateRegex(template), responses });
      }
    }
  }
  // Literal segments before templated ones (`/api/tasks/evaluation-defaults` before `/api/tasks/{id}`).
  operations.sort((a, b) => (a.template.match(/\{/g)?.length ?? 0) - (b.template.match(/\{/g)?.length ?? 0));
  return { ajv, operations };
}

let contract = null;
const validators = new Map();

function resolveRefs(schema, service) {
  return JSON.parse(JSON.stringify(schema), (key, value) =>
    key === '$ref' && typeof value === 'string' && value.startsWith('#/') ? `${service}${value}` : value,
  );
}

/**
 * Why `body`, answered with `status` to `method path`, breaks the contract; null when it keeps it. An /api route
 * that no document describes is a break too: the mock must not invent endpoints.
 */
export function contractViolation(method, pathname, status, body) {
  contract ??= load();
  const operation = contract.operations.find((op) => op.method === method && op.regex.test(pathname));
  if (!operation) return `${method} ${pathname} is in no service's OpenAPI document`;
  if (status >= 400) return null; // problem+json, the platform's one error shape
  // A resource that builds its Response by hand (201 Created, 202 Accepted) is documented with 200: any 2xx has
  // the documented success body.
  const success = Object.keys(operation.responses).find((code) => code.startsWith('2'));
  const schema =
    operation.responses[String(status)] ??
    (status >= 200 && status < 300 && success ? operation.responses[success] : operation.responses.default);
  if (!schema) {
    const documented = Object.keys(operation.responses);
    // An operation documented without a JSON body (a Response built by hand) says nothing about its shape.
    return documented.length === 0 || !documented.some((code) => code.startsWith('2'))
      ? null
      : `${method} ${operation.template} (${operation.service}) documents no JSON answer with status ${status} (only ${documented.join(', ')})`;
  }
  const key = `${operation.service} ${operation.method} ${operation.template} ${status}`;
  let validate = validators.get(key);
  if (!validate) {
    validate = contract.ajv.compile(resolveRefs(schema, operation.service));
    validators.set(key, validate);
  }
  if (validate(body)) return null;
  const errors = validate.errors
    .slice(0, 5)
    .map((error) => `${error.instancePath || '(body)'} ${error.message}`)
    .join('; ');
  return `${method} ${pathname} answered ${status} with a body that does not match ${operation.service}'s schema for ${operation.template}: ${errors}`;
}
