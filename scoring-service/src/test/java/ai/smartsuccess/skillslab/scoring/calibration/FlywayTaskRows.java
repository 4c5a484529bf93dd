package ai.smartsuccess.skillslab.scoring.calibration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rows of task-service's {@code tasks} table as its Flyway migrations leave them: the {@code INSERT INTO tasks}
 * of {@code V1__tasks.sql}, then every later {@code UPDATE tasks SET description = $tag$...$tag$ ... WHERE id = '...'}
 * (with the {@code visible_test_command = '...'} it may also set) in version order. Only what the calibration set needs is understood; anything else fails loudly.
 */
final class FlywayTaskRows {

    private static final Pattern INSERT =
            Pattern.compile("INSERT INTO tasks\\s*\\(([^)]*)\\)\\s*VALUES", Pattern.CASE_INSENSITIVE);
    private static final Pattern DESCRIPTION_UPDATE = Pattern.compile(
            "UPDATE tasks SET description = \\$(\\w*)\\$(.*?)\\$\\1\\$([^;]*?)WHERE id = '([^']+)'\\s*;",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** A visible test command set by the same statement, after the description. */
    private static final Pattern VISIBLE_COMMAND =
            Pattern.compile("visible_test_command\\s*=\\s*'([^']*)'", Pattern.CASE_INSENSITIVE);

    private static final Pattern VERSION = Pattern.compile("^V(\\d+)__.*\\.sql$");

    private FlywayTaskRows() {}

    /** Task id to (column to value: a String, an Integer, a Boolean or null). */
    static Map<String, Map<String, Object>> read(Path migrations) {
        Map<String, Map<String, Object>> rows = new LinkedHashMap<>();
        List<Path> files = migrationFiles(migrations);
        if (files.isEmpty()) {
            throw new IllegalStateException("no Flyway migrations found in " + migrations.toAbsolutePath());
        }
        for (Path file : files) {
            String sql = readString(file);
            Matcher insert = INSERT.matcher(sql);
            while (insert.find()) {
                List<String> columns = new ArrayList<>();
                for (String c : insert.group(1).split(",")) {
                    columns.add(c.trim());
                }
                for (List<Object> tuple : tuples(sql, insert.end(), file)) {
                    if (tuple.size() != columns.size()) {
                        throw new IllegalStateException(file.getFileName() + ": a tasks row has " + tuple.size()
                                + " values for " + columns.size() + " columns");
                    }
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i), tuple.get(i));
                    }
                    rows.put((String) row.get("id"), row);
                }
            }
            Matcher update = DESCRIPTION_UPDATE.matcher(sql);
            while (update.find()) {
                Map<String, Object> row = rows.get(update.group(4));
                if (row == null) {
                    throw new IllegalStateException(
                            file.getFileName() + " updates the description of unknown task " + update.group(4));
                }
                row.put("description", update.group(2));
                Matcher visible = VISIBLE_COMMAND.matcher(update.group(3));
                if (visible.find()) {
                    row.put("visible_test_command", visible.group(1));
                }
            }
        }
        return rows;
    }

    private static List<Path> migrationFiles(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(p -> {
                        Matcher m = VERSION.matcher(p.getFileName().toString());
                        m.matches();
                        return Integer.parseInt(m.group(1));
                    }))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the Flyway migrations in " + dir.toAbsolutePath(), e);
        }
    }

    /** The {@code (...), (...);} value tuples that start at {@code from}. */
    private static List<List<Object>> tuples(String sql, int from, Path file) {
        List<List<Object>> tuples = new ArrayList<>();
        int i = skipSpace(sql, from);
        while (i < sql.length() && sql.charAt(i) == '(') {
            List<Object> values = new ArrayList<>();
            i++;
            while (true) {
                i = skipSpace(sql, i);
                if (sql.charAt(i) == '\'') {
                    StringBuilder text = new StringBuilder();
                    i++;
                    while (true) {
                        char c = sql.charAt(i);
                        if (c == '\'' && i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                            text.append('\'');
                            i += 2;
                        } else if (c == '\'') {
                            i++;
                            break;
                        } else {
                            text.append(c);
                            i++;
                        }
                    }
                    values.add(text.toString());
                } else {
                    int start = i;
                    while (sql.charAt(i) != ',' && sql.charAt(i) != ')') {
                        i++;
                    }
                    values.add(literal(sql.substring(start, i).trim(), file));
                }
                i = skipSpace(sql, i);
                char c = sql.charAt(i++);
                if (c == ')') {
                    break;
                }
                if (c != ',') {
                    throw new IllegalStateException(file.getFileName() + ": unexpected '" + c + "' in a tasks row");
                }
            }
            tuples.add(values);
            i = skipSpace(sql, i);
            if (i < sql.length() && sql.charAt(i) == ',') {
                i = skipSpace(sql, i + 1);
            }
        }
        return tuples;
    }

    private static Object literal(String token, Path file) {
        switch (token.toUpperCase()) {
            case "NULL":
                return null;
            case "TRUE":
                return Boolean.TRUE;
            case "FALSE":
                return Boolean.FALSE;
            default:
                try {
                    return Integer.valueOf(token);
                } catch (NumberFormatException e) {
                    throw new IllegalStateException(file.getFileName() + ": cannot read the value " + token, e);
                }
        }
    }

    private static int skipSpace(String sql, int i) {
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
