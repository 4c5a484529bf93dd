```python
# {{package}}/server.py: the HTTP layer, standard library only
import json
import re
{{dateImport}}
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from {{package}}.store import {{storeClass}}

ITEM_PATH = re.compile(r"^/{{plural}}/(\d+)$")
{{emailPattern}}
FIELDS = {{fieldSet}}


{{validate}}


def make_handler(store):
    class {{handlerClass}}(BaseHTTPRequestHandler):
        def log_message(self, format, *args):  # keep test output quiet
            pass

        def _send(self, status, body=None):
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _fields(self, partial=False):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                data = json.loads(self.rfile.read(length) or b"{}")
            except (json.JSONDecodeError, UnicodeDecodeError):
                return None, "the body is not valid JSON"
            return validate(data, partial)

        def _id(self):
            match = ITEM_PATH.match(self.path.split("?")[0])
            return int(match.group(1)) if match else None

        def do_GET(self):
            if self.path.split("?")[0] == "/{{plural}}":
                return self._send(200, store.list())
            {{id}} = self._id()
            {{one}} = None if {{id}} is None else store.get({{id}})
            if {{one}} is None:
                return self._send(404, {"error": "{{singular}} not found"})
            self._send(200, {{one}})

        def do_POST(self):
            if self.path.split("?")[0] != "/{{plural}}":
                return self._send(404, {"error": "not found"})
            fields, error = self._fields()
            if error:
                return self._send(400, {"error": error})
            self._send(201, store.create(**fields))

        def do_PUT(self):
            {{id}} = self._id()
            if {{id}} is None or store.get({{id}}) is None:
                return self._send(404, {"error": "{{singular}} not found"})
            fields, error = self._fields(partial=True)
            if error:
                return self._send(400, {"error": error})
            self._send(200, store.update({{id}}, **fields))

        def do_DELETE(self):
            {{id}} = self._id()
            if {{id}} is None or not store.delete({{id}}):
                return self._send(404, {"error": "{{singular}} not found"})
            self._send(204)

    return {{handlerClass}}


def make_server(host, port, store=None):
    return ThreadingHTTPServer((host, port), make_handler(store or {{storeClass}}()))
```
