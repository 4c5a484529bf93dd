package ai.smartsuccess.skillslab.offline;

import ai.smartsuccess.skillslab.offline.ApiModel.Field;
import ai.smartsuccess.skillslab.offline.ApiModel.Kind;
import ai.smartsuccess.skillslab.offline.ProjectFiles.Route;
import ai.smartsuccess.skillslab.offline.ProjectFiles.Symbol;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Python code that fits the workspace's files: a SQLite store's methods written against the store's own connection,
 * table, columns and row format; {@code http.server} handler methods with the handler's own send helper, store and
 * indentation; tests that import the real module. Null where the files do not give enough to write it.
 */
final class PythonSketches {

    /** What a SQLite-backed store class in the files uses. */
    record Store(
            String className,
            String file,
            String db,
            String table,
            List<String> columns,
            String select,
            String rowVar,
            String rowExpr,
            List<String> methods) {

        boolean has(String method) {
            return methods.contains(method);
        }

        boolean bool(String column) {
            int index = columns.indexOf(column);
            return (index >= 0 && rowExpr.contains("bool(" + rowVar + "[" + index + "])"))
                    || column.equals("done")
                    || column.equals("completed")
                    || column.startsWith("is_");
        }
    }

    static Optional<Store> store(ProjectFiles project, String className) {
        Optional<Symbol> cls = project.classNamed(className);
        if (cls.isEmpty()) {
            return Optional.empty();
        }
        String content = project.file(cls.get().file()).map(TaskFile::content).orElse("");
        String db = null;
        String table = null;
        List<String> columns = new ArrayList<>();
        String select = null;
        String rowVar = "r";
        String rowExpr = null;
        for (String raw : content.split("\n", -1)) {
            String line = raw.length() > ProjectFiles.MAX_LINE ? raw.substring(0, ProjectFiles.MAX_LINE) : raw;
            int connect = line.indexOf("sqlite3.connect(");
            int self = line.indexOf("self.");
            int eq = line.indexOf('=');
            if (connect > 0 && self >= 0 && eq > self && eq < connect) {
                db = line.substring(self + 5, eq).strip();
            }
            int create = line.toUpperCase(Locale.ROOT).indexOf("CREATE TABLE");
            if (create >= 0 && table == null) {
                String rest = line.substring(create + 12).strip();
                if (rest.toUpperCase(Locale.ROOT).startsWith("IF NOT EXISTS")) {
                    rest = rest.substring(13).strip();
                }
                int open = rest.indexOf('(');
                int close = rest.lastIndexOf(')');
                if (open > 0 && close > open) {
                    table = rest.substring(0, open).strip();
                    for (String column : splitTopLevel(rest.substring(open + 1, close))) {
                        String name = column.strip().split("\\s+")[0];
                        String upper = name.toUpperCase(Locale.ROOT);
                        if (!name.isEmpty()
                                && !List.of("PRIMARY", "UNIQUE", "FOREIGN", "CHECK", "CONSTRAINT")
                                        .contains(upper)) {
                            columns.add(name);
                        }
                    }
                }
            }
            int sel = line.indexOf("SELECT ");
            int from = line.indexOf(" FROM ");
            if (select == null && sel >= 0 && from > sel) {
                select = line.substring(sel + 7, from).strip();
            }
            int list = line.indexOf("[{");
            int loop = line.indexOf("} for ");
            if (rowExpr == null && list >= 0 && loop > list) {
                rowExpr = line.substring(list + 1, loop + 1);
                String after = line.substring(loop + 6).strip();
                int space = after.indexOf(' ');
                rowVar = space > 0 ? after.substring(0, space) : "r";
            }
        }
        if (db == null || table == null || columns.isEmpty()) {
            return Optional.empty();
        }
        if (select == null) {
            select = String.join(", ", columns);
        }
        if (rowExpr == null) {
            List<String> pairs = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                pairs.add("\"" + columns.get(i) + "\": r[" + i + "]");
            }
            rowExpr = "{" + String.join(", ", pairs) + "}";
            rowVar = "r";
        }
        List<String> methods =
                project.methodsOf(className).stream().map(Symbol::name).toList();
        return Optional.of(
                new Store(className, cls.get().file(), db, table, columns, select, rowVar, rowExpr, methods));
    }

    /** The body of a store method or a handler method, or null. */
    static String method(ProjectFiles project, Symbol symbol) {
        if (symbol.owner() == null) {
            return null;
        }
        if (symbol.name().startsWith("do_")) {
            Optional<Symbol> handler = project.classNamed(symbol.owner());
            Route route = project.routes().stream()
                    .filter(r -> ("do_" + r.method()).equals(symbol.name()))
                    .findFirst()
                    .orElse(null);
            return handler.map(h -> handler(project, h, symbol.name().substring(3), route))
                    .orElse(null);
        }
        Optional<Store> found = store(project, symbol.owner());
        if (found.isEmpty()) {
            return null;
        }
        Store s = found.get();
        String name = symbol.name();
        List<String> params = symbol.paramNames();
        StringBuilder out = new StringBuilder();
        out.append("# ")
                .append(s.file())
                .append(", in class ")
                .append(s.className())
                .append('\n');
        out.append("    def ").append(name).append('(').append(symbol.params()).append("):\n");
        String db = "self." + s.db();
        String r = s.rowVar();
        List<String> data = params.stream()
                .filter(p -> s.columns().contains(p) && !p.equals("id"))
                .toList();
        String id = params.isEmpty() ? "id" : params.get(0);
        switch (name) {
            case "create", "add", "insert" -> {
                if (data.isEmpty()) {
                    return null;
                }
                out.append("        cur = ")
                        .append(db)
                        .append(".execute(\n            \"INSERT INTO ")
                        .append(s.table())
                        .append(" (")
                        .append(String.join(", ", data))
                        .append(") VALUES (")
                        .append(String.join(", ", data.stream().map(p -> "?").toList()))
                        .append(")\",\n            (")
                        .append(String.join(
                                ", ", data.stream().map(p -> value(s, p)).toList()))
                        .append(data.size() == 1 ? ",),\n        )\n" : "),\n        )\n");
                out.append("        ").append(db).append(".commit()\n");
                out.append(
                        s.has("get")
                                ? "        return self.get(cur.lastrowid)\n"
                                : "        return {\"id\": cur.lastrowid, "
                                        + String.join(
                                                ", ",
                                                data.stream()
                                                        .map(p -> "\"" + p + "\": " + p)
                                                        .toList())
                                        + "}\n");
            }
            case "get", "find", "read" -> {
                out.append("        ")
                        .append(r)
                        .append(" = ")
                        .append(db)
                        .append(".execute(\"SELECT ")
                        .append(s.select())
                        .append(" FROM ")
                        .append(s.table())
                        .append(" WHERE id = ?\", (")
                        .append(id)
                        .append(",)).fetchone()\n");
                out.append("        return None if ")
                        .append(r)
                        .append(" is None else ")
                        .append(s.rowExpr())
                        .append('\n');
            }
            case "update", "edit" -> {
                List<String> changed = params.subList(Math.min(1, params.size()), params.size()).stream()
                        .filter(p -> s.columns().contains(p))
                        .toList();
                if (changed.isEmpty() || !s.has("get")) {
                    return null;
                }
                out.append("        current = self.get(").append(id).append(")\n");
                out.append("        if current is None:\n            return None\n");
                for (String p : changed) {
                    out.append("        ")
                            .append(p)
                            .append(" = current[\"")
                            .append(p)
                            .append("\"] if ")
                            .append(p)
                            .append(" is None else ")
                            .append(p)
                            .append('\n');
                }
                out.append("        ")
                        .append(db)
                        .append(".execute(\n            \"UPDATE ")
                        .append(s.table())
                        .append(" SET ")
                        .append(String.join(
                                ", ", changed.stream().map(p -> p + " = ?").toList()))
                        .append(" WHERE id = ?\",\n            (")
                        .append(String.join(
                                ", ", changed.stream().map(p -> value(s, p)).toList()))
                        .append(", ")
                        .append(id)
                        .append("),\n        )\n");
                out.append("        ").append(db).append(".commit()\n");
                out.append("        return self.get(").append(id).append(")\n");
            }
            case "delete", "remove" -> {
                out.append("        cur = ")
                        .append(db)
                        .append(".execute(\"DELETE FROM ")
                        .append(s.table())
                        .append(" WHERE id = ?\", (")
                        .append(id)
                        .append(",))\n");
                out.append("        ").append(db).append(".commit()\n");
                out.append("        return cur.rowcount > 0\n");
            }
            case "list", "all" -> {
                out.append("        rows = ")
                        .append(db)
                        .append(".execute(\"SELECT ")
                        .append(s.select())
                        .append(" FROM ")
                        .append(s.table())
                        .append(" ORDER BY id\").fetchall()\n");
                out.append("        return [")
                        .append(s.rowExpr())
                        .append(" for ")
                        .append(r)
                        .append(" in rows]\n");
            }
            default -> {
                return null;
            }
        }
        return out.toString();
    }

    private static String value(Store s, String column) {
        return s.bool(column) ? "int(" + column + ")" : column;
    }

    // --- http.server handler -------------------------------------------------------------------------------------

    /** A {@code do_<VERB>} method for the handler class, in its file's indentation, or null. */
    static String handler(ProjectFiles project, Symbol handler, String verb, Route route) {
        List<Symbol> methods = project.methodsOf(handler.name());
        String[] lines =
                project.file(handler.file()).map(TaskFile::content).orElse("").split("\n", -1);
        int methodIndent = methods.isEmpty()
                ? ProjectFiles.indent(lines[handler.line() - 1]) + 4
                : ProjectFiles.indent(lines[methods.get(0).line() - 1]);
        boolean sendHelper = methods.stream().anyMatch(m -> m.name().equals("_send"));
        String storeVar = project.symbols().stream()
                .filter(s -> s.file().equals(handler.file()) && s.kind() == ProjectFiles.Kind.FUNCTION)
                .filter(s -> s.paramNames().contains("store") && s.line() < handler.line())
                .map(s -> "store")
                .findFirst()
                .orElse("self.server.store");
        String collection = collectionPath(project, route);
        String resource = collection.substring(collection.lastIndexOf('/') + 1);
        String singular = ApiModel.singular(resource);
        String idVar = ApiModel.identifier(singular) + "_id";
        List<Field> fields = fields(project);
        Optional<Store> store = project.symbols().stream()
                .filter(s -> s.kind() == ProjectFiles.Kind.CLASS && s.name().endsWith("Store"))
                .findFirst()
                .flatMap(s -> store(project, s.name()));
        List<String> createParams = project.symbols().stream()
                .filter(s -> s.kind() == ProjectFiles.Kind.METHOD && s.name().equals("create"))
                .findFirst()
                .map(Symbol::paramNames)
                .orElse(fields.stream().map(Field::name).toList());

        Code code = new Code(methodIndent);
        code.line(0, "# " + handler.file() + ", in class " + handler.name());
        boolean imports = String.join("\n", lines).contains("urlsplit");
        if (!imports) {
            code.line(0, "# at the top of the file: from urllib.parse import urlsplit");
        }
        code.line(1, "def do_" + verb + "(self):");
        switch (verb) {
            case "GET" -> {
                code.line(2, "path = urlsplit(self.path).path");
                code.line(2, "if path == \"" + collection + "\":");
                code.line(3, "self._send(200, " + storeVar + ".list())");
                code.line(3, "return");
                idFromPath(code, resource, idVar, false);
                code.line(3, singular + " = " + storeVar + ".get(" + idVar + ")");
                code.line(3, "if " + singular + " is not None:");
                code.line(4, "self._send(200, " + singular + ")");
                code.line(4, "return");
                code.line(2, "self._send(404, {\"error\": \"not found\"})");
            }
            case "POST" -> {
                code.line(2, "if urlsplit(self.path).path != \"" + collection + "\":");
                code.line(3, "self._send(404, {\"error\": \"not found\"})");
                code.line(3, "return");
                jsonBody(code);
                for (Field field : fields) {
                    check(code, field, false);
                }
                List<String> args = new ArrayList<>();
                for (String param : createParams) {
                    fields.stream()
                            .filter(f -> f.name().equals(param))
                            .findFirst()
                            .ifPresent(f -> args.add(f.name()));
                }
                code.line(2, "self._send(201, " + storeVar + ".create(" + String.join(", ", args) + "))");
            }
            case "PUT", "PATCH" -> {
                idFromPath(code, resource, idVar, true);
                jsonBody(code);
                code.line(2, "fields = {}");
                for (Field field : fields) {
                    check(code, field, true);
                }
                code.line(2, singular + " = " + storeVar + ".update(" + idVar + ", **fields)");
                code.line(2, "if " + singular + " is None:");
                code.line(3, "self._send(404, {\"error\": \"not found\"})");
                code.line(2, "else:");
                code.line(3, "self._send(200, " + singular + ")");
            }
            case "DELETE" -> {
                idFromPath(code, resource, idVar, true);
                code.line(2, "if " + storeVar + ".delete(" + idVar + "):");
                code.line(3, "self._send(204)");
                code.line(2, "else:");
                code.line(3, "self._send(404, {\"error\": \"not found\"})");
            }
            default -> {
                return null;
            }
        }
        if (!sendHelper) {
            code.line(0, "");
            code.line(0, "# This uses a small helper; add it to the class once:");
            code.line(1, "def _send(self, status, body=None):");
            code.line(2, "payload = b\"\" if body is None else json.dumps(body).encode()");
            code.line(2, "self.send_response(status)");
            code.line(2, "self.send_header(\"Content-Type\", \"application/json\")");
            code.line(2, "self.send_header(\"Content-Length\", str(len(payload)))");
            code.line(2, "self.end_headers()");
            code.line(2, "self.wfile.write(payload)");
        }
        if (store.isEmpty()) {
            code.line(0, "# The store calls follow the names of your store; adapt them if yours differ.");
        }
        return code.toString();
    }

    /** The collection path: the README route without its id part ({@code /todos/<id>} gives {@code /todos}). */
    private static String collectionPath(ProjectFiles project, Route route) {
        List<String> candidates = new ArrayList<>();
        if (route != null) {
            candidates.add(route.path());
        }
        project.routes().forEach(r -> candidates.add(r.path()));
        for (String path : candidates) {
            String[] parts = path.split("/");
            if (parts.length >= 2 && !parts[1].isEmpty()) {
                return "/" + parts[1];
            }
        }
        return "/items";
    }

    /** The fields of the POST route's body as the README writes them, or the usual ones for the resource. */
    static List<Field> fields(ProjectFiles project) {
        for (Route route : project.routes()) {
            if (route.method().equals("POST")) {
                Optional<List<Field>> found = ApiModel.fieldsIn(Conversation.of(route.detail()));
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        return List.of(new Field("name", Kind.STRING, true, 200));
    }

    private static void idFromPath(Code code, String resource, String idVar, boolean elseNotFound) {
        code.line(2, "parts = urlsplit(self.path).path.strip(\"/\").split(\"/\")");
        if (elseNotFound) {
            code.line(2, "if len(parts) != 2 or parts[0] != \"" + resource + "\" or not parts[1].isdigit():");
            code.line(3, "self._send(404, {\"error\": \"not found\"})");
            code.line(3, "return");
            code.line(2, idVar + " = int(parts[1])");
        } else {
            code.line(2, "if len(parts) == 2 and parts[0] == \"" + resource + "\" and parts[1].isdigit():");
            code.line(3, idVar + " = int(parts[1])");
        }
    }

    private static void jsonBody(Code code) {
        code.line(2, "try:");
        code.line(3, "length = int(self.headers.get(\"Content-Length\") or 0)");
        code.line(3, "body = json.loads(self.rfile.read(length) or b\"null\")");
        code.line(2, "except ValueError:  # json.JSONDecodeError is a ValueError");
        code.line(3, "self._send(400, {\"error\": \"the body is not valid JSON\"})");
        code.line(3, "return");
        code.line(2, "if not isinstance(body, dict):");
        code.line(3, "self._send(400, {\"error\": \"the body must be a JSON object\"})");
        code.line(3, "return");
    }

    /** Validation of one field; {@code partial} (an update) checks it only when present and collects it. */
    private static void check(Code code, Field field, boolean partial) {
        String name = field.name();
        String bad = badValue(field, name);
        String message = name + " " + rule(field);
        if (partial) {
            code.line(2, "if \"" + name + "\" in body:");
            code.line(3, name + " = body[\"" + name + "\"]");
            code.line(3, "if " + bad + ":");
            code.line(4, "self._send(400, {\"error\": \"" + message + "\"})");
            code.line(4, "return");
            code.line(3, "fields[\"" + name + "\"] = " + cleaned(field, name));
            return;
        }
        if (field.required()) {
            code.line(2, name + " = body.get(\"" + name + "\")");
        } else {
            code.line(
                    2,
                    name + " = body.get(\"" + name + "\", " + (field.kind() == Kind.BOOLEAN ? "False" : "None") + ")");
        }
        String condition =
                field.required() || field.kind() == Kind.BOOLEAN ? bad : name + " is not None and (" + bad + ")";
        code.line(2, "if " + condition + ":");
        code.line(3, "self._send(400, {\"error\": \"" + message + "\"})");
        code.line(3, "return");
        if (isText(field) && field.required()) {
            code.line(2, name + " = " + name + ".strip()");
        }
    }

    private static boolean isText(Field field) {
        return field.kind() == Kind.STRING || field.kind() == Kind.TEXT || field.kind() == Kind.EMAIL;
    }

    private static String badValue(Field field, String v) {
        return switch (field.kind()) {
            case BOOLEAN -> "not isinstance(" + v + ", bool)";
            case INTEGER -> "not isinstance(" + v + ", int) or isinstance(" + v + ", bool)";
            case NUMBER -> "not isinstance(" + v + ", (int, float)) or isinstance(" + v + ", bool)";
            default -> "not isinstance(" + v + ", str) or not " + v + ".strip()";
        };
    }

    private static String rule(Field field) {
        return switch (field.kind()) {
            case BOOLEAN -> "must be a boolean";
            case INTEGER -> "must be an integer";
            case NUMBER -> "must be a number";
            default -> field.required() ? "is required and must not be blank" : "must be a non-blank string";
        };
    }

    private static String cleaned(Field field, String v) {
        return isText(field) ? v + ".strip()" : v;
    }

    // --- Validation, rate limiting -------------------------------------------------------------------------------

    /** A validation function for the POST route's body, or null when the README names no fields. */
    static String validation(Route post) {
        Optional<List<Field>> found = ApiModel.fieldsIn(Conversation.of(post.detail()));
        if (found.isEmpty()) {
            return null;
        }
        String resource = post.path().substring(post.path().lastIndexOf('/') + 1);
        String singular = ApiModel.identifier(ApiModel.singular(resource));
        Code code = new Code(4);
        code.line(0, "def validate_" + singular + "(body, partial=False):");
        code.line(
                1, "\"\"\"The error message for an invalid body, or None; partial: an update, fields optional.\"\"\"");
        code.line(1, "if not isinstance(body, dict):");
        code.line(2, "return \"the body must be a JSON object\"");
        for (Field field : found.get()) {
            String name = field.name();
            String value = "body.get(\"" + name + "\")";
            if (field.required()) {
                code.line(1, "if not partial or \"" + name + "\" in body:");
                code.line(2, "if " + badValue(field, value) + ":");
                code.line(3, "return \"" + name + " " + rule(field) + "\"");
            } else {
                code.line(1, "if \"" + name + "\" in body and (" + badValue(field, value) + "):");
                code.line(2, "return \"" + name + " " + rule(field) + "\"");
            }
        }
        code.line(1, "return None");
        return code.toString();
    }

    static String rateLimiter(ProjectFiles project, Symbol handler) {
        List<Symbol> methods = project.methodsOf(handler.name());
        String[] lines =
                project.file(handler.file()).map(TaskFile::content).orElse("").split("\n", -1);
        int methodIndent = methods.isEmpty()
                ? ProjectFiles.indent(lines[handler.line() - 1]) + 4
                : ProjectFiles.indent(lines[methods.get(0).line() - 1]);
        Code top = new Code(4);
        top.line(0, "# " + handler.file() + ": a fixed window per client (threading and time are standard library)");
        top.line(0, "import threading");
        top.line(0, "import time");
        top.line(0, "");
        top.line(0, "");
        top.line(0, "class RateLimiter:");
        top.line(1, "\"\"\"At most `limit` requests per client in each `window` seconds.\"\"\"");
        top.line(0, "");
        top.line(1, "def __init__(self, limit=30, window=60.0):");
        top.line(2, "self.limit = limit");
        top.line(2, "self.window = window");
        top.line(2, "self._counts = {}");
        top.line(2, "self._lock = threading.Lock()");
        top.line(0, "");
        top.line(1, "def allow(self, client):");
        top.line(2, "\"\"\"(True, 0) when the request may go on, else (False, seconds to wait).\"\"\"");
        top.line(2, "now = time.monotonic()");
        top.line(2, "with self._lock:");
        top.line(3, "start, count = self._counts.get(client, (now, 0))");
        top.line(3, "if now - start >= self.window:");
        top.line(4, "start, count = now, 0");
        top.line(3, "if count >= self.limit:");
        top.line(4, "return False, max(1, int(self.window - (now - start)))");
        top.line(3, "self._counts[client] = (start, count + 1)");
        top.line(3, "return True, 0");
        top.line(0, "");
        top.line(0, "");
        top.line(0, "# One for the server, created beside the store (before class " + handler.name() + "):");
        top.line(0, "#     limiter = RateLimiter()");
        top.line(0, "# Then, first thing in each do_* method of " + handler.name() + ":");
        Code check = new Code(methodIndent);
        check.line(2, "allowed, wait = limiter.allow(self.client_address[0])");
        check.line(2, "if not allowed:");
        check.line(3, "payload = b'{\"error\": \"too many requests\"}'");
        check.line(3, "self.send_response(429)");
        check.line(3, "self.send_header(\"Retry-After\", str(wait))");
        check.line(3, "self.send_header(\"Content-Type\", \"application/json\")");
        check.line(3, "self.send_header(\"Content-Length\", str(len(payload)))");
        check.line(3, "self.end_headers()");
        check.line(3, "self.wfile.write(payload)");
        check.line(3, "return");
        return top + check.toString();
    }

    // --- Tests ---------------------------------------------------------------------------------------------------

    static String testFileName(Symbol symbol) {
        String module = symbol.file().replaceAll("\\.py$", "");
        return "test_" + module.substring(module.lastIndexOf('/') + 1) + ".py";
    }

    /** unittest tests that import the symbol's module; for a SQLite store's CRUD methods, tests of their contract. */
    static String tests(ProjectFiles project, Symbol symbol) {
        String module = symbol.file().replaceAll("\\.py$", "").replace('/', '.');
        if (module.startsWith("src.")) {
            module = module.substring(4);
        }
        Code code = new Code(4);
        code.line(0, "import unittest");
        code.line(0, "");
        String owner = symbol.owner();
        String imported = owner != null ? owner : symbol.name();
        code.line(0, "from " + module + " import " + imported);
        code.line(0, "");
        code.line(0, "");
        String name = symbol.name();
        code.line(
                0,
                "class " + ApiModel.camel(imported) + (owner != null ? ApiModel.camel(name) : "") + "Test"
                        + "(unittest.TestCase):");
        String call;
        if (owner != null) {
            code.line(1, "def setUp(self):");
            code.line(2, "self.subject = " + owner + "()");
            code.line(0, "");
            call = "self.subject." + name;
        } else {
            call = name;
        }
        Optional<Store> store = owner == null ? Optional.empty() : store(project, owner);
        Symbol create = project.methodsOf(owner == null ? "" : owner).stream()
                .filter(m -> m.name().equals("create"))
                .findFirst()
                .orElse(null);
        if (store.isPresent()
                && create != null
                && List.of("create", "get", "update", "delete", "list").contains(name)) {
            String args = arguments(create);
            String key =
                    create.paramNames().isEmpty() ? "id" : create.paramNames().get(0);
            String sample = create.paramNames().isEmpty() ? "" : argument(key);
            String made = "made = self.subject.create(" + args + ")";
            switch (name) {
                case "create" -> {
                    test(
                            code,
                            "test_create_returns_the_new_row_with_an_id",
                            made,
                            "self.assertEqual(made[\"" + key + "\"], " + sample + ")",
                            "self.assertIsInstance(made[\"id\"], int)");
                    test(code, "test_a_created_row_is_listed", made, "self.assertIn(made, self.subject.list())");
                }
                case "get" -> {
                    test(
                            code,
                            "test_get_returns_a_created_row",
                            made,
                            "self.assertEqual(self.subject.get(made[\"id\"]), made)");
                    test(code, "test_get_of_an_unknown_id_is_none", "self.assertIsNone(self.subject.get(9999))");
                }
                case "update" -> {
                    List<String> params = symbol.paramNames();
                    String field = params.size() > 1 ? params.get(1) : key;
                    test(
                            code,
                            "test_update_changes_the_field",
                            made,
                            "updated = self.subject.update(made[\"id\"], " + field + "=" + changed(field) + ")",
                            "self.assertEqual(updated[\"" + field + "\"], " + changed(field) + ")",
                            "self.assertEqual(self.subject.get(made[\"id\"]), updated)");
                    test(
                            code,
                            "test_update_of_an_unknown_id_is_none",
                            "self.assertIsNone(self.subject.update(9999, " + field + "=" + changed(field) + "))");
                }
                case "delete" -> {
                    test(
                            code,
                            "test_delete_removes_the_row",
                            made,
                            "self.assertTrue(self.subject.delete(made[\"id\"]))",
                            "self.assertIsNone(self.subject.get(made[\"id\"]))");
                    test(code, "test_delete_of_an_unknown_id_is_false", "self.assertFalse(self.subject.delete(9999))");
                }
                default -> {
                    test(code, "test_a_new_store_is_empty", "self.assertEqual(self.subject.list(), [])");
                    test(
                            code,
                            "test_rows_are_listed_in_creation_order",
                            "first = self.subject.create(" + args + ")",
                            "second = self.subject.create(" + args + ")",
                            "self.assertEqual([r[\"id\"] for r in self.subject.list()], [first[\"id\"], second[\"id\"]])");
                }
            }
        } else {
            test(
                    code,
                    "test_" + name.toLowerCase(Locale.ROOT) + "_with_typical_input",
                    "result = " + call + "(" + arguments(symbol) + ")",
                    "self.assertEqual(result, ...)  # the value the docstring or README promises");
            test(
                    code,
                    "test_" + name.toLowerCase(Locale.ROOT) + "_with_empty_input",
                    "result = " + call + "("
                            + String.join(
                                    ", ",
                                    required(symbol).stream().map(p -> "\"\"").toList()) + ")",
                    "self.assertEqual(result, ...)  # decide: a result, or an error");
        }
        code.line(0, "");
        code.line(0, "if __name__ == \"__main__\":");
        code.line(1, "unittest.main()");
        return code.toString();
    }

    private static void test(Code code, String name, String... body) {
        code.line(1, "def " + name + "(self):");
        for (String line : body) {
            code.line(2, line);
        }
        code.line(0, "");
    }

    /** The parameters without a default. */
    private static List<String> required(Symbol symbol) {
        List<String> names = new ArrayList<>();
        for (String part : symbol.params().split(",")) {
            String param = part.strip();
            if (param.isEmpty() || param.equals("self") || param.contains("=") || param.startsWith("*")) {
                continue;
            }
            names.add(
                    param.contains(":") ? param.substring(0, param.indexOf(':')).strip() : param);
        }
        return names;
    }

    /** Values for the parameters without a default. */
    private static String arguments(Symbol symbol) {
        List<String> values = new ArrayList<>();
        for (String part : symbol.params().split(",")) {
            String param = part.strip();
            if (param.isEmpty() || param.equals("self") || param.contains("=") || param.startsWith("*")) {
                continue;
            }
            String name =
                    param.contains(":") ? param.substring(0, param.indexOf(':')).strip() : param;
            values.add(argument(name));
        }
        return String.join(", ", values);
    }

    private static String argument(String param) {
        String p = param.toLowerCase(Locale.ROOT);
        if (p.equals("id") || p.endsWith("_id")) {
            return "1";
        }
        if (p.equals("host")) {
            return "\"127.0.0.1\"";
        }
        if (p.equals("port")) {
            return "0";
        }
        if (p.matches("(done|completed|active|enabled)|is_.*|has_.*")) {
            return "True";
        }
        if (p.matches("(count|n|quantity|amount|size|limit|age|year|number|total|index)")) {
            return "3";
        }
        if (p.matches("(title|text|description|body|content|name|message)")) {
            return "\"write tests\"";
        }
        return "\"sample " + p + "\"";
    }

    private static String changed(String field) {
        String p = field.toLowerCase(Locale.ROOT);
        if (p.matches("(done|completed|active|enabled)|is_.*|has_.*")) {
            return "True";
        }
        return "\"changed\"";
    }

    private static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** Lines at a base indentation, four spaces a level. */
    private static final class Code {
        private final StringBuilder out = new StringBuilder();
        private final int base;

        Code(int base) {
            this.base = base;
        }

        /** Level 0 is the file's level (comments), level 1 the method's own line. */
        void line(int level, String text) {
            if (text.isEmpty()) {
                out.append('\n');
                return;
            }
            int indent = level == 0 ? 0 : base + (level - 1) * 4;
            out.append(" ".repeat(indent)).append(text).append('\n');
        }

        @Override
        public String toString() {
            return out.toString();
        }
    }

    private PythonSketches() {}
}
