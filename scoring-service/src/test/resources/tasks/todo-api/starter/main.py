"""Starts the todo API on http://127.0.0.1:8000."""

from todo_api.server import make_server

if __name__ == "__main__":
    server = make_server("127.0.0.1", 8000)
    print("Todo API listening on http://127.0.0.1:8000")
    server.serve_forever()
