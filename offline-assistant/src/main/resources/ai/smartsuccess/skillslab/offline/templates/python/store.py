```python
# {{package}}/store.py, in {{storeClass}} (self._db = sqlite3.connect(...))
def create(self, {{params}}):
    cursor = self._db.execute(
        "INSERT INTO {{plural}} ({{columns}}) VALUES ({{marks}})",
        ({{values}}),
    )
    self._db.commit()
    return {{created}}

def get(self, {{id}}):
    row = self._db.execute(
        "SELECT id, {{columns}} FROM {{plural}} WHERE id = ?", ({{id}},)
    ).fetchone()
    return None if row is None else {{row}}
```
