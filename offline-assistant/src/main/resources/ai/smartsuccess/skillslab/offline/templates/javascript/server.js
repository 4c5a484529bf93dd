```javascript
// server.js: the HTTP layer, Node.js standard library only
const http = require('node:http');

const FIELDS = [{{fieldList}}];
{{emailPattern}}
const {{many}} = new Map();
let nextId = 1;

{{validate}}

function send(res, status, body) {
  res.writeHead(status, { 'Content-Type': 'application/json' });
  res.end(body === undefined ? undefined : JSON.stringify(body));
}

async function readJson(req) {
  let raw = '';
  for await (const chunk of req) raw += chunk;
  return JSON.parse(raw || '{}');
}

const server = http.createServer(async (req, res) => {
  const match = /^\/{{plural}}(?:\/(\d+))?$/.exec(new URL(req.url, 'http://localhost').pathname);
  if (!match) return send(res, 404, { error: 'not found' });
  const id = match[1] === undefined ? null : Number(match[1]);
  if (id !== null && !{{many}}.has(id)) return send(res, 404, { error: '{{singular}} not found' });
  let data = null;
  if (req.method === 'POST' || req.method === 'PUT') {
    try {
      data = await readJson(req);
    } catch {
      return send(res, 400, { error: 'the body is not valid JSON' });
    }
  }
  if (id === null && req.method === 'GET') return send(res, 200, [...{{many}}.values()]);
  if (id === null && req.method === 'POST') {
    const [fields, error] = validate(data, false);
    if (error) return send(res, 400, { error });
    const {{one}} = { id: nextId++, {{defaults}}...fields };
    {{many}}.set({{one}}.id, {{one}});
    return send(res, 201, {{one}});
  }
  if (id !== null && req.method === 'GET') return send(res, 200, {{many}}.get(id));
  if (id !== null && req.method === 'PUT') {
    const [fields, error] = validate(data, true);
    if (error) return send(res, 400, { error });
    const {{one}} = { ...{{many}}.get(id), ...fields };
    {{many}}.set(id, {{one}});
    return send(res, 200, {{one}});
  }
  if (id !== null && req.method === 'DELETE') {
    {{many}}.delete(id);
    return send(res, 204);
  }
  return send(res, 405, { error: 'method not allowed' });
});

module.exports = { server };

if (require.main === module) server.listen(8000);
```
