package ai.smartsuccess.skillslab.offline;

import ai.smartsuccess.skillslab.offline.ApiModel.Field;
import ai.smartsuccess.skillslab.offline.ApiModel.Kind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Markdown for an HTTP API: the endpoint table, validation rules, and short standard-library sketches of the server,
 * the store and the tests, in the task's language, with the resource's own names. The workspace has no network, so
 * nothing here needs a package.
 */
final class ApiSketches {

    static String endpointTable(ApiModel m) {
        String one = m.singular();
        String body = m.fields().stream()
                .map(f -> "\"" + f.name() + "\"" + (f.required() ? "" : "?") + ": " + f.jsonType())
                .collect(Collectors.joining(", ", "`{", "}`"));
        String names = m.fields().stream().map(f -> "`" + f.name() + "`").collect(Collectors.joining(", "));
        return "| Method | Path | Body | Success | Errors |\n"
                + "| --- | --- | --- | --- | --- |\n"
                + "| GET | `" + m.collectionPath() + "` | — | 200, the list of " + m.plural() + " | — |\n"
                + "| POST | `" + m.collectionPath() + "` | " + body + " | 201, the created " + one + " with its `id` |"
                + " 400 invalid body |\n"
                + "| GET | `" + m.itemPath() + "` | — | 200, the " + one + " | 404 unknown id |\n"
                + "| PUT | `" + m.itemPath() + "` | any of " + names + " | 200, the updated " + one + " | 400, 404 |\n"
                + "| DELETE | `" + m.itemPath() + "` | — | 204, no body | 404 |\n";
    }

    static String validationRules(ApiModel m) {
        StringBuilder out = new StringBuilder();
        for (Field f : m.fields()) {
            out.append("- **").append(f.name()).append("** (").append(f.jsonType());
            out.append(f.required() ? ", required" : ", optional");
            if (f.kind() == Kind.BOOLEAN && !f.required()) {
                out.append(", default false");
            }
            out.append("): ").append(rule(f)).append('\n');
        }
        out.append("- The body must be a JSON object: invalid JSON and unknown fields are 400, naming the field.\n");
        out.append("- `PUT` changes only the fields it sends, checked by the same rules; an empty `PUT` is 400.\n");
        out.append("- Ids in paths are positive integers: `")
                .append(m.collectionPath())
                .append("/abc` and an id that does not exist are both 404.\n");
        out.append("- Every error is JSON, `{\"error\": \"title must not be blank\"}`, never a stack trace.\n");
        return out.toString();
    }

    private static String rule(Field f) {
        return switch (f.kind()) {
            case STRING ->
                "a string, trimmed, " + (f.required() ? "not blank, " : "") + "at most " + f.max() + " characters.";
            case TEXT -> "a string of at most " + f.max() + " characters.";
            case BOOLEAN -> "exactly `true` or `false` (refuse `\"true\"`, `1`, `null`).";
            case INTEGER ->
                "a whole number " + minOf(f) + (f.max() > 0 ? " to " + f.max() : " or more")
                        + " (refuse `1.5`, `\"3\"`, `true`).";
            case NUMBER -> "a number, 0 or more (refuse strings and booleans).";
            case EMAIL -> "a valid address (one `@`, a dot in the domain), stored in lower case.";
            case DATE -> "an ISO date `YYYY-MM-DD` that exists (refuse `2030-02-30`).";
        };
    }

    static String statusCodes() {
        return "- **200** read or updated, **201** created (the new resource in the body), **204** deleted (no body).\n"
                + "- **400** the request is wrong (invalid JSON, a missing or invalid field), **404** no such resource"
                + " or path, **405** a method the path does not support.\n"
                + "- Never **500** for bad input: validate before touching the store.\n";
    }

    // --- Python ------------------------------------------------------------------------------------------------------

    static String pythonServer(ApiModel m) {
        String cls = ApiModel.camel(m.singular()) + "Handler";
        String one = ApiModel.identifier(m.singular());
        String id = m.idName();
        boolean email = m.fields().stream().anyMatch(f -> f.kind() == Kind.EMAIL);
        boolean date = m.fields().stream().anyMatch(f -> f.kind() == Kind.DATE);
        StringBuilder out = new StringBuilder("```python\n");
        out.append("# ").append(m.packageName()).append("/server.py: the HTTP layer, standard library only\n");
        out.append("import json\nimport re\n");
        if (date) {
            out.append("from datetime import date\n");
        }
        out.append("from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer\n\n");
        out.append("from ")
                .append(m.packageName())
                .append(".store import ")
                .append(m.storeClass())
                .append("\n\n");
        out.append("ITEM_PATH = re.compile(r\"^/").append(m.plural()).append("/(\\d+)$\")\n");
        if (email) {
            out.append("EMAIL = re.compile(r\"[^@\\s]+@[^@\\s]+\\.[^@\\s]+\")\n");
        }
        out.append("FIELDS = {")
                .append(m.fields().stream().map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(", ")))
                .append("}\n\n\n");
        out.append(pythonValidate(m)).append("\n\n");
        out.append("def make_handler(store):\n");
        out.append("    class ").append(cls).append("(BaseHTTPRequestHandler):\n");
        out.append("        def log_message(self, format, *args):  # keep test output quiet\n");
        out.append("            pass\n\n");
        out.append("        def _send(self, status, body=None):\n");
        out.append("            payload = b\"\" if body is None else json.dumps(body).encode()\n");
        out.append("            self.send_response(status)\n");
        out.append("            self.send_header(\"Content-Type\", \"application/json\")\n");
        out.append("            self.send_header(\"Content-Length\", str(len(payload)))\n");
        out.append("            self.end_headers()\n");
        out.append("            self.wfile.write(payload)\n\n");
        out.append("        def _fields(self, partial=False):\n");
        out.append("            length = int(self.headers.get(\"Content-Length\") or 0)\n");
        out.append("            try:\n");
        out.append("                data = json.loads(self.rfile.read(length) or b\"{}\")\n");
        out.append("            except (json.JSONDecodeError, UnicodeDecodeError):\n");
        out.append("                return None, \"the body is not valid JSON\"\n");
        out.append("            return validate(data, partial)\n\n");
        out.append("        def _id(self):\n");
        out.append("            match = ITEM_PATH.match(self.path.split(\"?\")[0])\n");
        out.append("            return int(match.group(1)) if match else None\n\n");
        out.append("        def do_GET(self):\n");
        out.append("            if self.path.split(\"?\")[0] == \"/")
                .append(m.plural())
                .append("\":\n");
        out.append("                return self._send(200, store.list())\n");
        out.append("            ").append(id).append(" = self._id()\n");
        out.append("            ")
                .append(one)
                .append(" = None if ")
                .append(id)
                .append(" is None else store.get(")
                .append(id)
                .append(")\n");
        out.append("            if ").append(one).append(" is None:\n");
        out.append("                return self._send(404, {\"error\": \"")
                .append(m.singular())
                .append(" not found\"})\n");
        out.append("            self._send(200, ").append(one).append(")\n\n");
        out.append("        def do_POST(self):\n");
        out.append("            if self.path.split(\"?\")[0] != \"/")
                .append(m.plural())
                .append("\":\n");
        out.append("                return self._send(404, {\"error\": \"not found\"})\n");
        out.append("            fields, error = self._fields()\n");
        out.append("            if error:\n");
        out.append("                return self._send(400, {\"error\": error})\n");
        out.append("            self._send(201, store.create(**fields))\n\n");
        out.append("        def do_PUT(self):\n");
        out.append("            ").append(id).append(" = self._id()\n");
        out.append("            if ")
                .append(id)
                .append(" is None or store.get(")
                .append(id)
                .append(") is None:\n");
        out.append("                return self._send(404, {\"error\": \"")
                .append(m.singular())
                .append(" not found\"})\n");
        out.append("            fields, error = self._fields(partial=True)\n");
        out.append("            if error:\n");
        out.append("                return self._send(400, {\"error\": error})\n");
        out.append("            self._send(200, store.update(").append(id).append(", **fields))\n\n");
        out.append("        def do_DELETE(self):\n");
        out.append("            ").append(id).append(" = self._id()\n");
        out.append("            if ")
                .append(id)
                .append(" is None or not store.delete(")
                .append(id)
                .append("):\n");
        out.append("                return self._send(404, {\"error\": \"")
                .append(m.singular())
                .append(" not found\"})\n");
        out.append("            self._send(204)\n\n");
        out.append("    return ").append(cls).append("\n\n\n");
        out.append("def make_server(host, port, store=None):\n");
        out.append("    return ThreadingHTTPServer((host, port), make_handler(store or ")
                .append(m.storeClass())
                .append("()))\n");
        out.append("```\n");
        return out.toString();
    }

    static String pythonValidate(ApiModel m) {
        StringBuilder out = new StringBuilder();
        out.append("def validate(data, partial=False):\n");
        out.append("    \"\"\"The fields to store and None, or None and what is wrong (partial: a PUT).\"\"\"\n");
        out.append("    if not isinstance(data, dict):\n");
        out.append("        return None, \"the body must be a JSON object\"\n");
        out.append("    unknown = sorted(set(data) - FIELDS)\n");
        out.append("    if unknown:\n");
        out.append("        return None, \"unknown field: \" + unknown[0]\n");
        out.append("    clean = {}\n");
        for (Field f : m.fields()) {
            String n = f.name();
            if (f.required()) {
                out.append("    if \"").append(n).append("\" in data or not partial:\n");
                out.append("        value = data.get(\"").append(n).append("\")\n");
            } else {
                out.append("    if \"").append(n).append("\" in data:\n");
                out.append("        value = data[\"").append(n).append("\"]\n");
            }
            String stored = "value";
            switch (f.kind()) {
                case STRING -> {
                    out.append("        if not isinstance(value, str)")
                            .append(f.required() ? " or not value.strip()" : "")
                            .append(":\n");
                    out.append("            return None, \"")
                            .append(n)
                            .append(" must be a ")
                            .append(f.required() ? "non-blank " : "")
                            .append("string\"\n");
                    out.append("        if len(value) > ").append(f.max()).append(":\n");
                    out.append("            return None, \"")
                            .append(n)
                            .append(" must be at most ")
                            .append(f.max())
                            .append(" characters\"\n");
                    stored = "value.strip()";
                }
                case TEXT -> {
                    out.append("        if not isinstance(value, str) or len(value) > ")
                            .append(f.max())
                            .append(":\n");
                    out.append("            return None, \"")
                            .append(n)
                            .append(" must be a string of at most ")
                            .append(f.max())
                            .append(" characters\"\n");
                }
                case BOOLEAN -> {
                    out.append("        if not isinstance(value, bool):\n");
                    out.append("            return None, \"").append(n).append(" must be true or false\"\n");
                }
                case INTEGER -> {
                    out.append("        if not isinstance(value, int) or isinstance(value, bool) or value < ")
                            .append(minOf(f))
                            .append(f.max() > 0 ? " or value > " + f.max() : "")
                            .append(":\n");
                    out.append("            return None, \"")
                            .append(n)
                            .append(" must be a whole number")
                            .append(f.max() > 0 ? " from " + minOf(f) + " to " + f.max() : " of at least " + minOf(f))
                            .append("\"\n");
                }
                case NUMBER -> {
                    out.append(
                            "        if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0:\n");
                    out.append("            return None, \"").append(n).append(" must be a number of at least 0\"\n");
                }
                case EMAIL -> {
                    out.append("        if not isinstance(value, str) or not EMAIL.fullmatch(value.strip()):\n");
                    out.append("            return None, \"").append(n).append(" must be an email address\"\n");
                    stored = "value.strip().lower()";
                }
                case DATE -> {
                    out.append("        try:\n");
                    out.append("            date.fromisoformat(value)\n");
                    out.append("        except (TypeError, ValueError):\n");
                    out.append("            return None, \"").append(n).append(" must be a date like 2030-01-31\"\n");
                }
            }
            out.append("        clean[\"")
                    .append(n)
                    .append("\"] = ")
                    .append(stored)
                    .append('\n');
        }
        out.append("    if partial and not clean:\n");
        out.append("        return None, \"send at least one of: ")
                .append(m.fields().stream().map(Field::name).collect(Collectors.joining(", ")))
                .append("\"\n");
        out.append("    return clean, None\n");
        return out.toString();
    }

    /** The store's create and get with sqlite3: parameterised SQL, never built from strings. */
    static String pythonStore(ApiModel m) {
        List<Field> fields = m.fields();
        String id = m.idName();
        String columns = fields.stream().map(Field::name).collect(Collectors.joining(", "));
        String marks = fields.stream().map(f -> "?").collect(Collectors.joining(", "));
        String params = fields.stream()
                .map(f -> f.required() ? f.name() : f.name() + "=" + (f.kind() == Kind.BOOLEAN ? "False" : "None"))
                .collect(Collectors.joining(", "));
        String values = fields.stream()
                .map(f -> f.kind() == Kind.BOOLEAN ? "int(" + f.name() + ")" : f.name())
                .collect(Collectors.joining(", "));
        StringBuilder row = new StringBuilder("{\"id\": row[0]");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String cell = "row[" + (i + 1) + "]";
            row.append(", \"")
                    .append(f.name())
                    .append("\": ")
                    .append(f.kind() == Kind.BOOLEAN ? "bool(" + cell + ")" : cell);
        }
        row.append('}');
        StringBuilder created = new StringBuilder("{\"id\": cursor.lastrowid");
        for (Field f : fields) {
            created.append(", \"").append(f.name()).append("\": ").append(f.name());
        }
        created.append('}');
        return "```python\n"
                + "# " + m.packageName() + "/store.py, in " + m.storeClass() + " (self._db = sqlite3.connect(...))\n"
                + "def create(self, " + params + "):\n"
                + "    cursor = self._db.execute(\n"
                + "        \"INSERT INTO " + m.plural() + " (" + columns + ") VALUES (" + marks + ")\",\n"
                + "        (" + values + (fields.size() == 1 ? "," : "") + "),\n"
                + "    )\n"
                + "    self._db.commit()\n"
                + "    return " + created + "\n\n"
                + "def get(self, " + id + "):\n"
                + "    row = self._db.execute(\n"
                + "        \"SELECT id, " + columns + " FROM " + m.plural() + " WHERE id = ?\", (" + id + ",)\n"
                + "    ).fetchone()\n"
                + "    return None if row is None else " + row + "\n"
                + "```\n";
    }

    static String pythonTests(ApiModel m) {
        String one = ApiModel.identifier(m.singular());
        String path = m.collectionPath();
        String valid = body(m, false);
        Field first = m.required().isEmpty() ? null : m.required().get(0);
        StringBuilder out = new StringBuilder("```python\n");
        out.append("# tests/test_")
                .append(ApiModel.identifier(m.plural()))
                .append("_api.py: the API over real HTTP, standard library only\n");
        out.append("import json\nimport threading\nimport unittest\nimport urllib.error\nimport urllib.request\n\n");
        out.append("from ").append(m.packageName()).append(".server import make_server\n\n\n");
        out.append("class ").append(ApiModel.camel(m.plural())).append("ApiTest(unittest.TestCase):\n");
        out.append("    @classmethod\n    def setUpClass(cls):\n");
        out.append("        cls.server = make_server(\"127.0.0.1\", 0)  # port 0: any free port\n");
        out.append("        cls.base = \"http://127.0.0.1:%d\" % cls.server.server_address[1]\n");
        out.append("        threading.Thread(target=cls.server.serve_forever, daemon=True).start()\n\n");
        out.append("    @classmethod\n    def tearDownClass(cls):\n        cls.server.shutdown()\n\n");
        out.append("    def call(self, method, path, body=None):\n");
        out.append("        data = None if body is None else json.dumps(body).encode()\n");
        out.append("        request = urllib.request.Request(\n");
        out.append("            self.base + path, data=data, method=method,"
                + " headers={\"Content-Type\": \"application/json\"}\n");
        out.append("        )\n");
        out.append("        try:\n");
        out.append("            with urllib.request.urlopen(request, timeout=5) as response:\n");
        out.append("                text = response.read().decode()\n");
        out.append("                return response.status, json.loads(text) if text else None\n");
        out.append("        except urllib.error.HTTPError as error:\n");
        out.append("            text = error.read().decode()\n");
        out.append("            return error.code, json.loads(text) if text else None\n\n");
        out.append("    def test_create_returns_201_and_the_").append(one).append("(self):\n");
        out.append("        status, ")
                .append(one)
                .append(" = self.call(\"POST\", \"")
                .append(path)
                .append("\", ")
                .append(valid)
                .append(")\n");
        out.append("        self.assertEqual(status, 201)\n");
        out.append("        self.assertIsInstance(").append(one).append("[\"id\"], int)\n");
        if (first != null) {
            out.append("        self.assertEqual(")
                    .append(one)
                    .append("[\"")
                    .append(first.name())
                    .append("\"], ")
                    .append(sample(first, false))
                    .append(")\n\n");
            out.append("    def test_missing_").append(first.name()).append("_is_400(self):\n");
            out.append("        status, body = self.call(\"POST\", \"")
                    .append(path)
                    .append("\", ")
                    .append(bodyWithout(m, first, false))
                    .append(")\n");
            out.append("        self.assertEqual(status, 400)\n");
            out.append("        self.assertIn(\"error\", body)\n\n");
        } else {
            out.append('\n');
        }
        out.append("    def test_unknown_").append(one).append("_is_404(self):\n");
        out.append("        status, _ = self.call(\"GET\", \"").append(path).append("/999999\")\n");
        out.append("        self.assertEqual(status, 404)\n\n");
        out.append("    def test_a_deleted_").append(one).append("_is_gone(self):\n");
        out.append("        _, ")
                .append(one)
                .append(" = self.call(\"POST\", \"")
                .append(path)
                .append("\", ")
                .append(valid)
                .append(")\n");
        out.append("        status, _ = self.call(\"DELETE\", \"")
                .append(path)
                .append("/%d\" % ")
                .append(one)
                .append("[\"id\"])\n");
        out.append("        self.assertEqual(status, 204)\n");
        out.append("        status, _ = self.call(\"GET\", \"")
                .append(path)
                .append("/%d\" % ")
                .append(one)
                .append("[\"id\"])\n");
        out.append("        self.assertEqual(status, 404)\n\n\n");
        out.append("if __name__ == \"__main__\":\n    unittest.main()\n```\n");
        return out.toString();
    }

    // --- Node.js -----------------------------------------------------------------------------------------------------

    static String nodeServer(ApiModel m) {
        String one = ApiModel.identifier(m.singular());
        String many = ApiModel.identifier(m.plural());
        boolean email = m.fields().stream().anyMatch(f -> f.kind() == Kind.EMAIL);
        String defaults = m.fields().stream()
                .filter(f -> f.kind() == Kind.BOOLEAN && !f.required())
                .map(f -> f.name() + ": false, ")
                .collect(Collectors.joining());
        StringBuilder out = new StringBuilder("```javascript\n");
        out.append("// server.js: the HTTP layer, Node.js standard library only\n");
        out.append("const http = require('node:http');\n\n");
        out.append("const FIELDS = [")
                .append(m.fields().stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(", ")))
                .append("];\n");
        if (email) {
            out.append("const EMAIL = /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/;\n");
        }
        out.append("const ").append(many).append(" = new Map();\nlet nextId = 1;\n\n");
        out.append(nodeValidate(m)).append('\n');
        out.append("function send(res, status, body) {\n");
        out.append("  res.writeHead(status, { 'Content-Type': 'application/json' });\n");
        out.append("  res.end(body === undefined ? undefined : JSON.stringify(body));\n}\n\n");
        out.append("async function readJson(req) {\n  let raw = '';\n  for await (const chunk of req) raw += chunk;\n");
        out.append("  return JSON.parse(raw || '{}');\n}\n\n");
        out.append("const server = http.createServer(async (req, res) => {\n");
        out.append("  const match = /^\\/")
                .append(m.plural())
                .append("(?:\\/(\\d+))?$/.exec(new URL(req.url, 'http://localhost').pathname);\n");
        out.append("  if (!match) return send(res, 404, { error: 'not found' });\n");
        out.append("  const id = match[1] === undefined ? null : Number(match[1]);\n");
        out.append("  if (id !== null && !")
                .append(many)
                .append(".has(id)) return send(res, 404, { error: '")
                .append(m.singular())
                .append(" not found' });\n");
        out.append("  let data = null;\n");
        out.append("  if (req.method === 'POST' || req.method === 'PUT') {\n");
        out.append("    try {\n      data = await readJson(req);\n    } catch {\n");
        out.append("      return send(res, 400, { error: 'the body is not valid JSON' });\n    }\n  }\n");
        out.append("  if (id === null && req.method === 'GET') return send(res, 200, [...")
                .append(many)
                .append(".values()]);\n");
        out.append("  if (id === null && req.method === 'POST') {\n");
        out.append("    const [fields, error] = validate(data, false);\n");
        out.append("    if (error) return send(res, 400, { error });\n");
        out.append("    const ")
                .append(one)
                .append(" = { id: nextId++, ")
                .append(defaults)
                .append("...fields };\n");
        out.append("    ")
                .append(many)
                .append(".set(")
                .append(one)
                .append(".id, ")
                .append(one)
                .append(");\n");
        out.append("    return send(res, 201, ").append(one).append(");\n  }\n");
        out.append("  if (id !== null && req.method === 'GET') return send(res, 200, ")
                .append(many)
                .append(".get(id));\n");
        out.append("  if (id !== null && req.method === 'PUT') {\n");
        out.append("    const [fields, error] = validate(data, true);\n");
        out.append("    if (error) return send(res, 400, { error });\n");
        out.append("    const ").append(one).append(" = { ...").append(many).append(".get(id), ...fields };\n");
        out.append("    ").append(many).append(".set(id, ").append(one).append(");\n");
        out.append("    return send(res, 200, ").append(one).append(");\n  }\n");
        out.append("  if (id !== null && req.method === 'DELETE') {\n");
        out.append("    ").append(many).append(".delete(id);\n    return send(res, 204);\n  }\n");
        out.append("  return send(res, 405, { error: 'method not allowed' });\n});\n\n");
        out.append("module.exports = { server };\n\n");
        out.append("if (require.main === module) server.listen(8000);\n");
        out.append("```\n");
        return out.toString();
    }

    static String nodeValidate(ApiModel m) {
        StringBuilder out = new StringBuilder();
        out.append("function validate(data, partial) {\n");
        out.append("  if (data === null || typeof data !== 'object' || Array.isArray(data)) {\n");
        out.append("    return [null, 'the body must be a JSON object'];\n  }\n");
        out.append("  const unknown = Object.keys(data).filter((key) => !FIELDS.includes(key));\n");
        out.append("  if (unknown.length > 0) return [null, `unknown field: ${unknown[0]}`];\n");
        out.append("  const clean = {};\n");
        for (Field f : m.fields()) {
            String n = f.name();
            out.append("  if ('")
                    .append(n)
                    .append("' in data")
                    .append(f.required() ? " || !partial" : "")
                    .append(") {\n");
            out.append("    const value = data['").append(n).append("'];\n");
            String stored = "value";
            switch (f.kind()) {
                case STRING -> {
                    out.append("    if (typeof value !== 'string'")
                            .append(f.required() ? " || value.trim() === ''" : "")
                            .append(" || value.length > ")
                            .append(f.max())
                            .append(") {\n");
                    out.append("      return [null, '")
                            .append(n)
                            .append(" must be a ")
                            .append(f.required() ? "non-blank " : "")
                            .append("string of at most ")
                            .append(f.max())
                            .append(" characters'];\n    }\n");
                    stored = "value.trim()";
                }
                case TEXT -> {
                    out.append("    if (typeof value !== 'string' || value.length > ")
                            .append(f.max())
                            .append(") {\n");
                    out.append("      return [null, '")
                            .append(n)
                            .append(" must be a string of at most ")
                            .append(f.max())
                            .append(" characters'];\n    }\n");
                }
                case BOOLEAN -> {
                    out.append("    if (typeof value !== 'boolean') return [null, '")
                            .append(n)
                            .append(" must be true or false'];\n");
                }
                case INTEGER -> {
                    out.append("    if (!Number.isInteger(value) || value < ")
                            .append(minOf(f))
                            .append(f.max() > 0 ? " || value > " + f.max() : "")
                            .append(") {\n");
                    out.append("      return [null, '")
                            .append(n)
                            .append(" must be a whole number")
                            .append(f.max() > 0 ? " from " + minOf(f) + " to " + f.max() : " of at least " + minOf(f))
                            .append("'];\n    }\n");
                }
                case NUMBER -> {
                    out.append("    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {\n");
                    out.append("      return [null, '").append(n).append(" must be a number of at least 0'];\n    }\n");
                }
                case EMAIL -> {
                    out.append("    if (typeof value !== 'string' || !EMAIL.test(value.trim())) {\n");
                    out.append("      return [null, '").append(n).append(" must be an email address'];\n    }\n");
                    stored = "value.trim().toLowerCase()";
                }
                case DATE -> {
                    out.append("    if (typeof value !== 'string' || !/^\\d{4}-\\d{2}-\\d{2}$/.test(value)")
                            .append(" || Number.isNaN(Date.parse(value))) {\n");
                    out.append("      return [null, '").append(n).append(" must be a date like 2030-01-31'];\n    }\n");
                }
            }
            out.append("    clean['").append(n).append("'] = ").append(stored).append(";\n  }\n");
        }
        out.append("  if (partial && Object.keys(clean).length === 0) return [null, 'send at least one of: ")
                .append(m.fields().stream().map(Field::name).collect(Collectors.joining(", ")))
                .append("'];\n");
        out.append("  return [clean, null];\n}\n");
        return out.toString();
    }

    static String nodeTests(ApiModel m) {
        String one = ApiModel.identifier(m.singular());
        String path = m.collectionPath();
        String valid = body(m, true);
        Field first = m.required().isEmpty() ? null : m.required().get(0);
        StringBuilder out = new StringBuilder("```javascript\n");
        out.append("// tests/").append(m.plural()).append(".test.js: the API over real HTTP (node:test and fetch)\n");
        out.append("const { test, before, after } = require('node:test');\n");
        out.append("const assert = require('node:assert/strict');\n");
        out.append("const { server } = require('../server');\n\n");
        out.append("let base;\n");
        out.append("before(() => new Promise((resolve) => {\n");
        out.append("  server.listen(0, '127.0.0.1', () => {\n");
        out.append("    base = `http://127.0.0.1:${server.address().port}`;\n    resolve();\n  });\n}));\n");
        out.append("after(() => new Promise((resolve) => {\n");
        out.append("  server.close(resolve);\n  server.closeAllConnections();\n}));\n\n");
        out.append("async function call(method, path, body) {\n");
        out.append("  const res = await fetch(base + path, {\n    method,\n");
        out.append("    headers: { 'Content-Type': 'application/json' },\n");
        out.append("    body: body === undefined ? undefined : JSON.stringify(body),\n  });\n");
        out.append("  const text = await res.text();\n  return [res.status, text ? JSON.parse(text) : null];\n}\n\n");
        out.append("test('POST ")
                .append(path)
                .append(" creates a ")
                .append(m.singular())
                .append("', async () => {\n");
        out.append("  const [status, ")
                .append(one)
                .append("] = await call('POST', '")
                .append(path)
                .append("', ")
                .append(valid)
                .append(");\n");
        out.append("  assert.equal(status, 201);\n");
        out.append("  assert.ok(Number.isInteger(").append(one).append(".id));\n});\n\n");
        if (first != null) {
            out.append("test('POST ")
                    .append(path)
                    .append(" without ")
                    .append(first.name())
                    .append(" is 400', async () => {\n");
            out.append("  const [status, body] = await call('POST', '")
                    .append(path)
                    .append("', ")
                    .append(bodyWithout(m, first, true))
                    .append(");\n");
            out.append("  assert.equal(status, 400);\n  assert.ok(body.error);\n});\n\n");
        }
        out.append("test('an unknown ").append(m.singular()).append(" is 404', async () => {\n");
        out.append("  const [status] = await call('GET', '").append(path).append("/999999');\n");
        out.append("  assert.equal(status, 404);\n});\n\n");
        out.append("test('a deleted ").append(m.singular()).append(" is gone', async () => {\n");
        out.append("  const [, ")
                .append(one)
                .append("] = await call('POST', '")
                .append(path)
                .append("', ")
                .append(valid)
                .append(");\n");
        out.append("  assert.equal((await call('DELETE', `")
                .append(path)
                .append("/${")
                .append(one)
                .append(".id}`))[0], 204);\n");
        out.append("  assert.equal((await call('GET', `")
                .append(path)
                .append("/${")
                .append(one)
                .append(".id}`))[0], 404);\n});\n");
        out.append("```\n");
        return out.toString();
    }

    /** The cases worth a test each, named after the resource and its fields. */
    static String testChecklist(ApiModel m) {
        String path = m.collectionPath();
        StringBuilder out = new StringBuilder();
        out.append("- `POST ")
                .append(path)
                .append("` with a valid body → 201 and the stored ")
                .append(m.singular())
                .append(" (with an `id`); `GET ")
                .append(path)
                .append("` then lists it.\n");
        for (Field f : m.required()) {
            out.append("- `POST` without `")
                    .append(f.name())
                    .append("`")
                    .append(f.kind() == Kind.STRING ? ", with it blank (`\"   \"`) or too long" : "")
                    .append(" → 400 with `{\"error\": ...}`.\n");
        }
        for (Field f : m.fields()) {
            if (f.kind() == Kind.BOOLEAN) {
                out.append("- `").append(f.name()).append("` as `\"yes\"` or `1` → 400.\n");
            } else if (f.kind() == Kind.INTEGER || f.kind() == Kind.NUMBER) {
                out.append("- `").append(f.name()).append("` as a string or below its minimum → 400.\n");
            }
        }
        out.append("- Invalid JSON, and an unknown field → 400.\n");
        out.append("- `GET ")
                .append(path)
                .append("/999999` and `GET ")
                .append(path)
                .append("/abc` → 404.\n");
        out.append("- `PUT` changes only the fields sent and keeps the others; `PUT` of an unknown id → 404.\n");
        out.append("- `DELETE` → 204, then `GET` of the same id → 404.\n");
        return out.toString();
    }

    /** A valid body with the required fields (and one optional to show it), as a dict / object literal. */
    private static String body(ApiModel m, boolean node) {
        List<Field> fields = m.required().isEmpty() ? m.fields().subList(0, 1) : m.required();
        return literal(fields, node);
    }

    private static String bodyWithout(ApiModel m, Field missing, boolean node) {
        return literal(m.required().stream().filter(f -> !f.equals(missing)).toList(), node);
    }

    private static String literal(List<Field> fields, boolean node) {
        if (fields.isEmpty()) {
            return "{}";
        }
        return fields.stream()
                .map(f -> "\"" + f.name() + "\": " + sample(f, node))
                .collect(Collectors.joining(", ", node ? "{ " : "{", node ? " }" : "}"));
    }

    private static String sample(Field f, boolean node) {
        if (f.kind() == Kind.BOOLEAN) {
            return node ? "false" : "False";
        }
        return f.sample();
    }

    private static int minOf(Field f) {
        return f.name().equals("quantity")
                        || f.name().endsWith("_id")
                        || f.name().endsWith("Id")
                ? 1
                : 0;
    }

    private ApiSketches() {}
}
