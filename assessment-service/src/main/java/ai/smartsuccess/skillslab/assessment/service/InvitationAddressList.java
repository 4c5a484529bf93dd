package ai.smartsuccess.skillslab.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The addresses of a bulk invitation as a business pastes them: one invitation per line, the address alone or with a
 * name in a second column, in either order, separated by a comma, a semicolon or a tab (the first of tab, semicolon,
 * comma that the line contains), CSV quoting allowed ({@code "Lovelace, Ada", ada@example.org}); or as a mail client
 * writes it ({@code Ada Lovelace <ada@example.org>}). Blank lines are skipped, and so is a first line of column names
 * ({@code name,email}). Rows are numbered by their line in the text, so that the sender finds them again.
 */
final class InvitationAddressList {

    /** What a line says is echoed back with its problem, cut to this length. */
    static final int MAX_ECHO_CHARS = 300;

    /**
     * A line longer than this is refused before any pattern is tried on it: no name and address are that long, and the
     * name-and-address pattern takes time quadratic in a long run of spaces.
     */
    static final int MAX_LINE_CHARS = 1000;

    private static final Set<String> COLUMN_NAMES = Set.of(
            "email",
            "e-mail",
            "mail",
            "email address",
            "e-mail address",
            "address",
            "name",
            "full name",
            "candidate",
            "recipient");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");
    private static final Pattern NAME_AND_ADDRESS = Pattern.compile("(.*?)\\s*<\\s*([^<>\\s]*@[^<>\\s]*)\\s*>");

    /** What is wrong with a line, in the words of a problem: its type and title, and what to do. */
    enum Problem {
        INVALID_ROW("invalid-row", "Unreadable line"),
        INVALID_EMAIL("invalid-email", "Invalid email address"),
        INVALID_NAME("invalid-name", "Invalid name");

        final String type;
        final String title;

        Problem(String type, String title) {
            this.type = type;
            this.title = title;
        }
    }

    /**
     * One line that names a recipient, or tried to.
     *
     * @param row the line's number in the text, from 1
     * @param input the line as written (cut to {@link #MAX_ECHO_CHARS})
     * @param email the address, stripped; null when the line has a problem
     * @param name the name, stripped; null when none
     * @param problem what is wrong with the line, or null
     * @param detail what to do about the problem
     */
    record Line(int row, String input, String email, String name, Problem problem, String detail) {

        static Line ok(int row, String input, String email, String name) {
            return new Line(row, input, email, name, null, null);
        }

        static Line refused(int row, String input, Problem problem, String detail) {
            return new Line(row, input, null, null, problem, detail);
        }
    }

    /** Every line that is neither blank nor the column names, in order. */
    static List<Line> parse(String text) {
        List<Line> lines = new ArrayList<>();
        // A byte order mark (a CSV file saved by Excel) is not part of the first address.
        String[] raw = LINE_BREAK.split(text.startsWith("\uFEFF") ? text.substring(1) : text, -1);
        boolean first = true;
        for (int i = 0; i < raw.length; i++) {
            String line = raw[i];
            if (line.isBlank()) {
                continue;
            }
            if (line.length() > MAX_LINE_CHARS) {
                lines.add(Line.refused(
                        i + 1,
                        echo(line),
                        Problem.INVALID_ROW,
                        "This line is longer than " + MAX_LINE_CHARS + " characters; write one address per line."));
                first = false;
                continue;
            }
            List<String> cells;
            try {
                // "Ada Lovelace" <ada@example.org>, as a mail client writes it, is one cell whatever its name holds.
                cells = NAME_AND_ADDRESS.matcher(line.strip()).matches() ? List.of(line.strip()) : cells(line);
            } catch (IllegalStateException | UncheckedIOException e) {
                lines.add(Line.refused(
                        i + 1, echo(line), Problem.INVALID_ROW, "This line could not be read; check its quotes."));
                first = false;
                continue;
            }
            if (first && isColumnNames(cells)) {
                first = false;
                continue;
            }
            first = false;
            lines.add(read(i + 1, line, cells));
        }
        return lines;
    }

    private static Line read(int row, String line, List<String> cells) {
        String input = echo(line);
        String email = null;
        List<String> names = new ArrayList<>();
        int addresses = 0;
        for (String cell : cells) {
            Matcher written = NAME_AND_ADDRESS.matcher(cell);
            if (written.matches()) {
                addresses++;
                email = written.group(2);
                String name = unquoted(written.group(1));
                if (!name.isEmpty()) {
                    names.add(name);
                }
            } else if (cell.contains("@")) {
                addresses++;
                email = cell;
            } else {
                names.add(cell);
            }
        }
        if (addresses == 0) {
            return Line.refused(
                    row, input, Problem.INVALID_EMAIL, "This line has no email address; write one address per line.");
        }
        if (addresses > 1) {
            return Line.refused(
                    row, input, Problem.INVALID_ROW, "This line has " + addresses + " addresses; write one per line.");
        }
        if (names.size() > 1) {
            return Line.refused(
                    row,
                    input,
                    Problem.INVALID_ROW,
                    "This line has " + cells.size() + " columns; write an address and at most a name.");
        }
        String emailProblem = InvitationService.emailProblem(email);
        if (emailProblem != null) {
            return Line.refused(row, input, Problem.INVALID_EMAIL, "The address " + emailProblem + ".");
        }
        String name = names.isEmpty() ? null : names.get(0);
        String nameProblem = InvitationService.nameProblem(name);
        if (nameProblem != null) {
            return Line.refused(row, input, Problem.INVALID_NAME, "The name " + nameProblem + ".");
        }
        return Line.ok(row, input, email, name);
    }

    /** The line's non-empty cells, stripped; the delimiter is the first of tab, semicolon and comma it contains. */
    private static List<String> cells(String line) {
        char delimiter = line.indexOf('\t') >= 0 ? '\t' : line.indexOf(';') >= 0 ? ';' : ',';
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        try (CSVParser parser = CSVParser.parse(line, format)) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord record : parser) {
                for (String cell : record) {
                    String stripped = cell.strip();
                    if (!stripped.isEmpty()) {
                        cells.add(stripped);
                    }
                }
            }
            return cells;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isColumnNames(List<String> cells) {
        return !cells.isEmpty()
                && cells.stream().allMatch(cell -> COLUMN_NAMES.contains(cell.toLowerCase(Locale.ROOT)));
    }

    private static String unquoted(String name) {
        String stripped = name.strip();
        if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) {
            return stripped.substring(1, stripped.length() - 1).strip();
        }
        return stripped;
    }

    private static String echo(String line) {
        String stripped = line.strip();
        return stripped.length() <= MAX_ECHO_CHARS ? stripped : stripped.substring(0, MAX_ECHO_CHARS - 1) + "…";
    }

    private InvitationAddressList() {}
}
