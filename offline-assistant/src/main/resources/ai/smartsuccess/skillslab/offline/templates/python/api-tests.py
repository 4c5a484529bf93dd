```python
# tests/test_{{pluralId}}_api.py: the API over real HTTP, standard library only
import json
import threading
import unittest
import urllib.error
import urllib.request

from {{package}}.server import make_server


class {{testClass}}ApiTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.server = make_server("127.0.0.1", 0)  # port 0: any free port
        cls.base = "http://127.0.0.1:%d" % cls.server.server_address[1]
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()

    @classmethod
    def tearDownClass(cls):
        cls.server.shutdown()

    def call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers={"Content-Type": "application/json"}
        )
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                text = response.read().decode()
                return response.status, json.loads(text) if text else None
        except urllib.error.HTTPError as error:
            text = error.read().decode()
            return error.code, json.loads(text) if text else None

    def test_create_returns_201_and_the_{{one}}(self):
        status, {{one}} = self.call("POST", "{{path}}", {{valid}})
        self.assertEqual(status, 201)
        self.assertIsInstance({{one}}["id"], int)
{{requiredFieldTests}}
    def test_unknown_{{one}}_is_404(self):
        status, _ = self.call("GET", "{{path}}/999999")
        self.assertEqual(status, 404)

    def test_a_deleted_{{one}}_is_gone(self):
        _, {{one}} = self.call("POST", "{{path}}", {{valid}})
        status, _ = self.call("DELETE", "{{path}}/%d" % {{one}}["id"])
        self.assertEqual(status, 204)
        status, _ = self.call("GET", "{{path}}/%d" % {{one}}["id"])
        self.assertEqual(status, 404)


if __name__ == "__main__":
    unittest.main()
```
