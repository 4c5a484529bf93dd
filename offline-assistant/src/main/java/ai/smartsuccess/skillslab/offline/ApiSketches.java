package ai.smartsuccess.skillslab.offline;

import ai.smartsuccess.skillslab.offline.ApiModel.Field;
import ai.smartsuccess.skillslab.offline.ApiModel.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Markdown for an HTTP API: the endpoint table, validation rules, and short standard-library sketches of the server,
 * the store and the tests, in the task's language, with the resource's own names. The sketches are templates
 * ({@code templates/python}, {@code templates/javascript}); this class fills in the names, fields and limits. The
 * workspace has no network, so nothing here needs a package.
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
        Map<String, String> values = names(m);
        values.put("handlerClass", ApiModel.camel(m.singular()) + "Handler");
        values.put("dateImport", has(m, Kind.DATE) ? "from datetime import date\n" : "");
        values.put("emailPattern", has(m, Kind.EMAIL) ? "EMAIL = re.compile(r\"[^@\\s]+@[^@\\s]+\\.[^@\\s]+\")\n" : "");
        values.put(
                "fieldSet",
                m.fields().stream().map(f -> "\"" + f.name() + "\"").collect(Collectors.joining(", ", "{", "}")));
        values.put("validate", pythonValidate(m));
        return Template.fill("python/server.py", values);
    }

    static String pythonValidate(ApiModel m) {
        StringBuilder fields = new StringBuilder();
        for (Field f : m.fields()) {
            Map<String, String> values = fieldValues(f, false);
            values.put(
                    "stored",
                    switch (f.kind()) {
                        case STRING -> "value.strip()";
                        case EMAIL -> "value.strip().lower()";
                        default -> "value";
                    });
            values.put("check", Template.fill("python/check-" + kindName(f) + ".py", values));
            fields.append(
                    Template.fill(f.required() ? "python/field-required.py" : "python/field-optional.py", values));
        }
        return Template.fill("python/validate.py", Map.of("fields", fields.toString(), "fieldNames", fieldNames(m)));
    }

    /** The store's create and get with sqlite3: parameterised SQL, never built from strings. */
    static String pythonStore(ApiModel m) {
        List<Field> fields = m.fields();
        Map<String, String> values = names(m);
        values.put("columns", fields.stream().map(Field::name).collect(Collectors.joining(", ")));
        values.put("marks", fields.stream().map(f -> "?").collect(Collectors.joining(", ")));
        values.put(
                "params",
                fields.stream()
                        .map(f -> f.required()
                                ? f.name()
                                : f.name() + "=" + (f.kind() == Kind.BOOLEAN ? "False" : "None"))
                        .collect(Collectors.joining(", ")));
        // A one-element tuple needs its trailing comma.
        values.put(
                "values",
                fields.stream()
                                .map(f -> f.kind() == Kind.BOOLEAN ? "int(" + f.name() + ")" : f.name())
                                .collect(Collectors.joining(", "))
                        + (fields.size() == 1 ? "," : ""));
        StringBuilder row = new StringBuilder("{\"id\": row[0]");
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String cell = "row[" + (i + 1) + "]";
            row.append(", \"")
                    .append(f.name())
                    .append("\": ")
                    .append(f.kind() == Kind.BOOLEAN ? "bool(" + cell + ")" : cell);
        }
        values.put("row", row.append('}').toString());
        StringBuilder created = new StringBuilder("{\"id\": cursor.lastrowid");
        for (Field f : fields) {
            created.append(", \"").append(f.name()).append("\": ").append(f.name());
        }
        values.put("created", created.append('}').toString());
        return Template.fill("python/store.py", values);
    }

    static String pythonTests(ApiModel m) {
        Map<String, String> values = testValues(m, false);
        values.put("pluralId", ApiModel.identifier(m.plural()));
        values.put("testClass", ApiModel.camel(m.plural()));
        Field first = firstRequired(m);
        values.put(
                "requiredFieldTests",
                first == null
                        ? "\n"
                        : Template.fill(
                                "python/api-tests-required-field.py", firstFieldValues(m, first, values, false)));
        return Template.fill("python/api-tests.py", values);
    }

    // --- Node.js -----------------------------------------------------------------------------------------------------

    static String nodeServer(ApiModel m) {
        Map<String, String> values = names(m);
        values.put("many", ApiModel.identifier(m.plural()));
        values.put(
                "fieldList", m.fields().stream().map(f -> "'" + f.name() + "'").collect(Collectors.joining(", ")));
        values.put("emailPattern", has(m, Kind.EMAIL) ? "const EMAIL = /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/;\n" : "");
        values.put(
                "defaults",
                m.fields().stream()
                        .filter(f -> f.kind() == Kind.BOOLEAN && !f.required())
                        .map(f -> f.name() + ": false, ")
                        .collect(Collectors.joining()));
        values.put("validate", nodeValidate(m));
        return Template.fill("javascript/server.js", values);
    }

    static String nodeValidate(ApiModel m) {
        StringBuilder fields = new StringBuilder();
        for (Field f : m.fields()) {
            Map<String, String> values = fieldValues(f, true);
            values.put("requiredCheck", f.required() ? " || !partial" : "");
            values.put(
                    "stored",
                    switch (f.kind()) {
                        case STRING -> "value.trim()";
                        case EMAIL -> "value.trim().toLowerCase()";
                        default -> "value";
                    });
            values.put("check", Template.fill("javascript/check-" + kindName(f) + ".js", values));
            fields.append(Template.fill("javascript/field.js", values));
        }
        return Template.fill(
                "javascript/validate.js", Map.of("fields", fields.toString(), "fieldNames", fieldNames(m)));
    }

    static String nodeTests(ApiModel m) {
        Map<String, String> values = testValues(m, true);
        Field first = firstRequired(m);
        values.put(
                "requiredFieldTest",
                first == null
                        ? ""
                        : Template.fill(
                                "javascript/api-tests-required-field.js", firstFieldValues(m, first, values, true)));
        return Template.fill("javascript/api-tests.js", values);
    }

    // --- What the templates are filled with -----------------------------------------------------------------------

    /** The resource's names, as every sketch of it uses them. */
    private static Map<String, String> names(ApiModel m) {
        Map<String, String> values = new HashMap<>();
        values.put("package", m.packageName());
        values.put("storeClass", m.storeClass());
        values.put("plural", m.plural());
        values.put("singular", m.singular());
        values.put("one", ApiModel.identifier(m.singular()));
        values.put("id", m.idName());
        return values;
    }

    /** One field's name and limits, and the parts of its checks that depend on whether it is required. */
    private static Map<String, String> fieldValues(Field f, boolean node) {
        Map<String, String> values = new HashMap<>();
        values.put("name", f.name());
        values.put("max", String.valueOf(f.max()));
        values.put("min", String.valueOf(minOf(f)));
        values.put("maxCheck", f.max() > 0 ? (node ? " || value > " : " or value > ") + f.max() : "");
        values.put("range", f.max() > 0 ? " from " + minOf(f) + " to " + f.max() : " of at least " + minOf(f));
        values.put("blankCheck", !f.required() ? "" : node ? " || value.trim() === ''" : " or not value.strip()");
        values.put("nonBlank", f.required() ? "non-blank " : "");
        return values;
    }

    private static Map<String, String> testValues(ApiModel m, boolean node) {
        Map<String, String> values = names(m);
        values.put("path", m.collectionPath());
        values.put("valid", body(m, node));
        return values;
    }

    private static Map<String, String> firstFieldValues(
            ApiModel m, Field first, Map<String, String> testValues, boolean node) {
        Map<String, String> values = new HashMap<>(testValues);
        values.put("field", first.name());
        values.put("sample", sample(first, node));
        values.put("bodyWithout", bodyWithout(m, first, node));
        return values;
    }

    private static Field firstRequired(ApiModel m) {
        return m.required().isEmpty() ? null : m.required().get(0);
    }

    private static boolean has(ApiModel m, Kind kind) {
        return m.fields().stream().anyMatch(f -> f.kind() == kind);
    }

    private static String fieldNames(ApiModel m) {
        return m.fields().stream().map(Field::name).collect(Collectors.joining(", "));
    }

    private static String kindName(Field f) {
        return f.kind().name().toLowerCase(Locale.ROOT);
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
