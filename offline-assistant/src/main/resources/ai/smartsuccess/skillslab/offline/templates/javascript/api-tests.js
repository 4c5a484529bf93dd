```javascript
// tests/{{plural}}.test.js: the API over real HTTP (node:test and fetch)
const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { server } = require('../server');

let base;
before(() => new Promise((resolve) => {
  server.listen(0, '127.0.0.1', () => {
    base = `http://127.0.0.1:${server.address().port}`;
    resolve();
  });
}));
after(() => new Promise((resolve) => {
  server.close(resolve);
  server.closeAllConnections();
}));

async function call(method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return [res.status, text ? JSON.parse(text) : null];
}

test('POST {{path}} creates a {{singular}}', async () => {
  const [status, {{one}}] = await call('POST', '{{path}}', {{valid}});
  assert.equal(status, 201);
  assert.ok(Number.isInteger({{one}}.id));
});

{{requiredFieldTest}}
test('an unknown {{singular}} is 404', async () => {
  const [status] = await call('GET', '{{path}}/999999');
  assert.equal(status, 404);
});

test('a deleted {{singular}} is gone', async () => {
  const [, {{one}}] = await call('POST', '{{path}}', {{valid}});
  assert.equal((await call('DELETE', `{{path}}/${{{one}}.id}`))[0], 204);
  assert.equal((await call('GET', `{{path}}/${{{one}}.id}`))[0], 404);
});
```
