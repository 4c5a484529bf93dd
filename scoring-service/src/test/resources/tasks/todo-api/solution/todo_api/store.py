"""Storage for todos."""

import sqlite3
import threading


class TodoStore:
    """Keeps todos in SQLite. Each todo is a dict: {"id": int, "title": str, "done": bool}."""

    def __init__(self, path=":memory:"):
        self._db = sqlite3.connect(path, check_same_thread=False)
        self._lock = threading.Lock()
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS todos (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, done INTEGER NOT NULL DEFAULT 0)"
        )

    def list(self):
        """All todos, oldest first."""
        rows = self._db.execute("SELECT id, title, done FROM todos ORDER BY id").fetchall()
        return [self._row(r) for r in rows]

    def create(self, title, done=False):
        """Insert a todo and return it."""
        with self._lock:
            cursor = self._db.execute("INSERT INTO todos (title, done) VALUES (?, ?)", (title, int(done)))
            self._db.commit()
            return {"id": cursor.lastrowid, "title": title, "done": bool(done)}

    def get(self, todo_id):
        """The todo, or None when it does not exist."""
        row = self._db.execute("SELECT id, title, done FROM todos WHERE id = ?", (todo_id,)).fetchone()
        return None if row is None else self._row(row)

    def update(self, todo_id, title=None, done=None):
        """Change the given fields; None when the todo does not exist."""
        with self._lock:
            current = self.get(todo_id)
            if current is None:
                return None
            new_title = current["title"] if title is None else title
            new_done = current["done"] if done is None else done
            self._db.execute("UPDATE todos SET title = ?, done = ? WHERE id = ?", (new_title, int(new_done), todo_id))
            self._db.commit()
            return {"id": todo_id, "title": new_title, "done": bool(new_done)}

    def delete(self, todo_id):
        """Delete the todo; True if it existed."""
        with self._lock:
            cursor = self._db.execute("DELETE FROM todos WHERE id = ?", (todo_id,))
            self._db.commit()
            return cursor.rowcount > 0

    @staticmethod
    def _row(row):
        return {"id": row[0], "title": row[1], "done": bool(row[2])}
