"""Storage for todos."""

import sqlite3


class TodoStore:
    """Keeps todos in SQLite. Each todo is a dict: {"id": int, "title": str, "done": bool}."""

    def __init__(self, path=":memory:"):
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0)"
        )

    def list(self):
        rows = self._db.execute("SELECT id, title, done FROM todos ORDER BY id").fetchall()
        return [{"id": r[0], "title": r[1], "done": bool(r[2])} for r in rows]

    def create(self, title, done=False):
        raise NotImplementedError("create a todo and return it")

    def get(self, todo_id):
        raise NotImplementedError("return the todo or None")

    def update(self, todo_id, title=None, done=None):
        raise NotImplementedError("update the todo and return it, or None when it does not exist")

    def delete(self, todo_id):
        raise NotImplementedError("delete the todo; return True if it existed")
