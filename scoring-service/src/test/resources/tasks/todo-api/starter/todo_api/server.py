"""HTTP layer of the todo API."""

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from todo_api.store import TodoStore


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

        def do_GET(self):
            if self.path == "/todos":
                self._send(200, store.list())
            else:
                self._send(404, {"error": "not found"})

    return TodoHandler


def make_server(host, port, store=None):
    return ThreadingHTTPServer((host, port), make_handler(store or TodoStore()))
