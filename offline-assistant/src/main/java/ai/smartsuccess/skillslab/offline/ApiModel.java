package ai.smartsuccess.skillslab.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API the candidate is building, as the conversation and the task describe it: the resource (from a path like
 * {@code /todos}, a noun like "todo API", or the brief), its fields (from JSON the candidate pasted, else the usual
 * ones for that resource), and the stack (the workspace has no network, so the standard library).
 *
 * @param fromConversation whether the candidate named the resource themselves (else it comes from the task)
 */
record ApiModel(
        String singular,
        String plural,
        List<Field> fields,
        String storeClass,
        String packageName,
        boolean node,
        String framework,
        boolean fromConversation) {

    enum Kind {
        STRING,
        TEXT,
        BOOLEAN,
        INTEGER,
        NUMBER,
        EMAIL,
        DATE
    }

    /** @param max the longest string, or the largest number (0: no upper bound) */
    record Field(String name, Kind kind, boolean required, int max) {

        String jsonType() {
            return switch (kind) {
                case BOOLEAN -> "boolean";
                case INTEGER -> "integer";
                case NUMBER -> "number";
                case DATE -> "date (YYYY-MM-DD)";
                case EMAIL -> "email";
                default -> "string";
            };
        }

        /** A value that passes validation, as JSON / Python / JavaScript source (the same text for all three). */
        String sample() {
            return switch (kind) {
                case BOOLEAN -> "false";
                case INTEGER -> name.endsWith("_id") || name.endsWith("Id") ? "1" : "2";
                case NUMBER -> "9.5";
                case EMAIL -> "\"ada@example.com\"";
                case DATE -> "\"2030-01-31\"";
                default -> "\"" + sampleText() + "\"";
            };
        }

        private String sampleText() {
            return switch (name) {
                case "title" -> "write tests";
                case "name" -> "Ada Lovelace";
                case "author" -> "Mary Shelley";
                case "body", "content", "text", "description" -> "first draft";
                default -> "sample " + name;
            };
        }
    }

    private static final Map<String, List<Field>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("todo", List.of(req("title", Kind.STRING, 200), opt("done", Kind.BOOLEAN, 0)));
        KNOWN.put(
                "book",
                List.of(
                        req("title", Kind.STRING, 200),
                        req("author", Kind.STRING, 200),
                        opt("year", Kind.INTEGER, 2100)));
        KNOWN.put("note", List.of(req("title", Kind.STRING, 200), opt("body", Kind.TEXT, 10_000)));
        KNOWN.put("user", List.of(req("name", Kind.STRING, 100), req("email", Kind.EMAIL, 254)));
        KNOWN.put("customer", List.of(req("name", Kind.STRING, 100), req("email", Kind.EMAIL, 254)));
        KNOWN.put("contact", List.of(req("name", Kind.STRING, 100), opt("email", Kind.EMAIL, 254)));
        KNOWN.put(
                "product",
                List.of(req("name", Kind.STRING, 200), req("price", Kind.NUMBER, 0), opt("stock", Kind.INTEGER, 0)));
        KNOWN.put("order", List.of(req("product_id", Kind.INTEGER, 0), req("quantity", Kind.INTEGER, 1000)));
        KNOWN.put("post", List.of(req("title", Kind.STRING, 200), req("body", Kind.TEXT, 10_000)));
        KNOWN.put("article", List.of(req("title", Kind.STRING, 200), req("body", Kind.TEXT, 10_000)));
        KNOWN.put("comment", List.of(req("post_id", Kind.INTEGER, 0), req("body", Kind.TEXT, 2000)));
        KNOWN.put("event", List.of(req("name", Kind.STRING, 200), req("date", Kind.DATE, 0)));
        KNOWN.put("booking", List.of(req("name", Kind.STRING, 100), req("date", Kind.DATE, 0)));
        KNOWN.put("movie", List.of(req("title", Kind.STRING, 200), opt("year", Kind.INTEGER, 2100)));
        KNOWN.put("recipe", List.of(req("name", Kind.STRING, 200), opt("instructions", Kind.TEXT, 10_000)));
        KNOWN.put("ticket", List.of(req("title", Kind.STRING, 200), opt("done", Kind.BOOLEAN, 0)));
        KNOWN.put("project", List.of(req("name", Kind.STRING, 200), opt("description", Kind.TEXT, 2000)));
        KNOWN.put("employee", List.of(req("name", Kind.STRING, 100), req("email", Kind.EMAIL, 254)));
        KNOWN.put("student", List.of(req("name", Kind.STRING, 100), req("email", Kind.EMAIL, 254)));
        KNOWN.put("course", List.of(req("title", Kind.STRING, 200), opt("credits", Kind.INTEGER, 30)));
        KNOWN.put("item", List.of(req("name", Kind.STRING, 200), opt("description", Kind.TEXT, 2000)));
    }

    /** Irregular plurals; the rest add "s". */
    private static final Map<String, String> PLURALS = Map.of("person", "people", "category", "categories");

    private static final Set<String> NOT_RESOURCES = Set.of(
            "api",
            "apis",
            "tests",
            "test",
            "docs",
            "src",
            "tmp",
            "usr",
            "etc",
            "home",
            "bin",
            "workspace",
            "health",
            "internal",
            "static",
            "node_modules",
            "dev",
            "var",
            "lib",
            "assets");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.:/])/([a-z][a-z_-]{2,})(?=[/\\s`'\")?,.:;]|$)");
    private static final Pattern NOUN_BEFORE_API;
    private static final Pattern NOUN_AFTER_CRUD;
    /** Nouns that name a resource wherever they appear. */
    private static final Pattern DISTINCT_NOUN =
            Pattern.compile("\\b(?<noun>todos?|books?|recipes?|movies?)\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern JSON_FIELD =
            Pattern.compile("\"([A-Za-z_][A-Za-z0-9_]{0,40})\"\\s*:\\s*(\"[^\"]*\"|true|false|-?\\d+(?:\\.\\d+)?|null"
                    + "|str|string|bool|boolean|int|integer|float|number)(\\?)?");
    private static final Pattern STORE_CLASS =
            Pattern.compile("\\b([A-Z][A-Za-z0-9]+(?:Store|Repository|Repo|Dao))\\b");
    private static final Pattern FRAMEWORK =
            Pattern.compile("\\b(fastapi|flask|django|express|nestjs|koa|spring)\\b", Pattern.CASE_INSENSITIVE);

    static {
        StringBuilder words = new StringBuilder();
        for (String singular : KNOWN.keySet()) {
            if (!words.isEmpty()) {
                words.append('|');
            }
            words.append(singular).append("s?");
        }
        NOUN_BEFORE_API = Pattern.compile(
                "\\b(?<noun>" + words + ")[ -](?:list |rest |crud |http )?(?:api|endpoints?|service|app|application"
                        + "|resource|table|crud)\\b",
                Pattern.CASE_INSENSITIVE);
        NOUN_AFTER_CRUD = Pattern.compile(
                // Bounded spaces: "\\s+" followed by "\\s*" would try every split of a long run of spaces.
                "\\b(?:crud|endpoints?|operations|routes?|manage|managing|store|storing)\\s{1,3}(?:\\w{1,40}\\s{1,3})?"
                        + "(?:(?:for|on|of)\\s{1,3})?(?:the\\s{1,3}|all\\s{1,3})?(?<noun>" + words + ")\\b",
                Pattern.CASE_INSENSITIVE);
    }

    /** Reads the API from the conversation (newest message first), then from the task. */
    static ApiModel of(Conversation conversation, TaskContext task) {
        String singular = null;
        boolean fromConversation = false;
        for (String message : conversation.newestFirst()) {
            singular = resourceIn(message).orElse(null);
            if (singular != null) {
                fromConversation = true;
                break;
            }
        }
        if (singular == null) {
            singular = resourceIn(task.text()).orElse("item");
        }
        List<Field> fields = fieldsIn(conversation).orElse(KNOWN.getOrDefault(singular, KNOWN.get("item")));
        Matcher store = STORE_CLASS.matcher(String.join("\n", conversation.userMessages()));
        String storeClass = store.find() ? store.group(1) : camel(singular) + "Store";
        // Only the candidate's own words: a brief that says "FastAPI cannot be installed" names no choice of theirs.
        Matcher framework = FRAMEWORK.matcher(String.join("\n", conversation.userMessages()));
        return new ApiModel(
                singular,
                plural(singular),
                fields,
                storeClass,
                identifier(singular) + "_api",
                task.node(),
                framework.find() ? framework.group(1).toLowerCase(Locale.ROOT) : null,
                fromConversation);
    }

    /**
     * A path such as {@code /todos} wins; then a known noun where it names what an API serves ("todo API", "CRUD
     * endpoints for books"); then a noun that hardly means anything else ("todos").
     */
    static Optional<String> resourceIn(String text) {
        Matcher path = PATH.matcher(text);
        while (path.find()) {
            String segment = path.group(1).toLowerCase(Locale.ROOT);
            if (!NOT_RESOURCES.contains(segment)) {
                return Optional.of(singular(segment));
            }
        }
        for (Pattern pattern : List.of(NOUN_BEFORE_API, NOUN_AFTER_CRUD, DISTINCT_NOUN)) {
            Matcher noun = pattern.matcher(text);
            if (noun.find()) {
                return Optional.of(singular(noun.group("noun").toLowerCase(Locale.ROOT)));
            }
        }
        return Optional.empty();
    }

    /** Fields named in JSON the candidate wrote: {@code {"title": "x", "done": false}} or {@code {"title": str}}. */
    static Optional<List<Field>> fieldsIn(Conversation conversation) {
        for (String message : conversation.newestFirst()) {
            Matcher matcher = JSON_FIELD.matcher(message);
            Map<String, Field> found = new LinkedHashMap<>();
            while (matcher.find()) {
                String name = matcher.group(1);
                if (name.equals("id") || name.equals("error") || found.containsKey(name)) {
                    continue;
                }
                Kind kind = kindOf(name, matcher.group(2));
                boolean optional = matcher.group(3) != null;
                boolean required = !optional && kind != Kind.BOOLEAN && found.isEmpty();
                found.put(name, new Field(name, kind, required, kind == Kind.STRING ? 200 : 0));
            }
            if (!found.isEmpty()) {
                return Optional.of(new ArrayList<>(found.values()));
            }
        }
        return Optional.empty();
    }

    private static Kind kindOf(String name, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false") || v.startsWith("bool")) {
            return Kind.BOOLEAN;
        }
        if (v.equals("int") || v.equals("integer") || v.matches("-?\\d+")) {
            return Kind.INTEGER;
        }
        if (v.equals("float") || v.equals("number") || v.matches("-?\\d+\\.\\d+")) {
            return Kind.NUMBER;
        }
        if (name.toLowerCase(Locale.ROOT).contains("email")) {
            return Kind.EMAIL;
        }
        if (name.toLowerCase(Locale.ROOT).matches(".*(date|_on|_at)$") && v.matches("\"\\d{4}-\\d{2}-\\d{2}.*")) {
            return Kind.DATE;
        }
        return Kind.STRING;
    }

    static String singular(String word) {
        for (Map.Entry<String, String> irregular : PLURALS.entrySet()) {
            if (irregular.getValue().equals(word)) {
                return irregular.getKey();
            }
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
    }

    static String plural(String singular) {
        if (PLURALS.containsKey(singular)) {
            return PLURALS.get(singular);
        }
        if (singular.endsWith("y") && !singular.matches(".*[aeiou]y")) {
            return singular.substring(0, singular.length() - 1) + "ies";
        }
        return singular.endsWith("s") || singular.endsWith("x") ? singular + "es" : singular + "s";
    }

    /** {@code todo_item} → {@code TodoItem}. */
    static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == ' ') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** A Python/JavaScript identifier made of the word. */
    static String identifier(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
    }

    /** {@code todoId} in JavaScript, {@code todo_id} in Python. */
    String idName() {
        return node ? identifier(singular) + "Id" : identifier(singular) + "_id";
    }

    String collectionPath() {
        return "/" + plural;
    }

    String itemPath() {
        return "/" + plural + "/{id}";
    }

    List<Field> required() {
        return fields.stream().filter(Field::required).toList();
    }

    private static Field req(String name, Kind kind, int max) {
        return new Field(name, kind, true, max);
    }

    private static Field opt(String name, Kind kind, int max) {
        return new Field(name, kind, false, max);
    }
}
