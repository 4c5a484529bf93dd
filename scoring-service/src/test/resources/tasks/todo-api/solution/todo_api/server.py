"""HTTP layer of the todo API."""

import json
import re
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from todo_api.store import TodoStore

TODO_PATH = re.compile(r"^/todos/(\d+)$")


def validate(body, partial):
    """Return an error message for an invalid todo body, or None when it is valid."""
    if not isinstance(body, dict):
        return "body must be a JSON object"
    if "title" in body or not partial:
        title = body.get("title")
        if not isinstance(title, str) or not title.strip():
            return "title is required and must not be blank"
    if "done" in body and not isinstance(body["done"], bool):
        return "done must be a boolean"
    return None


def make_handler(store):
    class TodoHandler(BaseHTTPRequestHandler):
        def log_message(self, format, *args):
            pass

        def _send(self, status, body=None):
            payload = b"" if body is None else json.dumps(body).encode()
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def _body(self):
            length = int(self.headers.get("Content-Length") or 0)
            try:
                return json.loads(self.rfile.read(length) or b"null")
            except ValueError:
                return None

        def _todo_id(self):
            match = TODO_PATH.match(self.path)
            return int(match.group(1)) if match else None

        def do_GET(self):
            if self.path == "/todos":
                return self._send(200, store.list())
            todo_id = self._todo_id()
            todo = store.get(todo_id) if todo_id is not None else None
            if todo is None:
                return self._send(404, {"error": "todo not found"})
            self._send(200, todo)

        def do_POST(self):
            if self.path != "/todos":
                return self._send(404, {"error": "not found"})
            body = self._body()
            error = validate(body, partial=False)
            if error:
                return self._send(400, {"error": error})
            self._send(201, store.create(body["title"].strip(), body.get("done", False)))

        def do_PUT(self):
            todo_id = self._todo_id()
            if todo_id is None or store.get(todo_id) is None:
                return self._send(404, {"error": "todo not found"})
            body = self._body()
            error = validate(body, partial=True)
            if error:
                return self._send(400, {"error": error})
            self._send(200, store.update(todo_id, body.get("title"), body.get("done")))

        def do_DELETE(self):
            todo_id = self._todo_id()
            if todo_id is None or not store.delete(todo_id):
                return self._send(404, {"error": "todo not found"})
            self._send(204)

    return TodoHandler


def make_server(host, port, store=None):
    return ThreadingHTTPServer((host, port), make_handler(store or TodoStore()))
