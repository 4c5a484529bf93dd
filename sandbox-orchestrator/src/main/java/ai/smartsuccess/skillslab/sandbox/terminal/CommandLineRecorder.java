package ai.smartsuccess.skillslab.sandbox.terminal;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds the lines a person enters from the raw keystrokes sent to a terminal: printable characters are typed,
 * Backspace deletes, Ctrl-C and Ctrl-U discard the line, escape sequences (arrows, function keys) are skipped, Enter
 * completes the line. What the shell does with a line (history, completion) is not known here, so this is the line as
 * typed, which is the evidence scoring wants.
 */
public final class CommandLineRecorder {

    private static final int MAX_LINE = 10_000;

    private final StringBuilder line = new StringBuilder();
    private EscapeState escape = EscapeState.NONE;

    private enum EscapeState {
        NONE,
        ESC,
        CSI,
        OSC
    }

    /** Feeds keystrokes; returns the lines completed by them (blank lines left out). */
    public List<String> feed(String data) {
        List<String> completed = new ArrayList<>();
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            if (escape != EscapeState.NONE) {
                skipEscape(c);
                continue;
            }
            switch (c) {
                case '\r', '\n' -> {
                    String text = line.toString().strip();
                    if (!text.isEmpty()) {
                        completed.add(text);
                    }
                    line.setLength(0);
                }
                case '\u007f', '\b' -> {
                    if (line.length() > 0) {
                        line.setLength(line.length() - 1);
                    }
                }
                case '\u0003', '\u0015' -> line.setLength(0);
                case '\u001b' -> escape = EscapeState.ESC;
                default -> {
                    if (c >= ' ' && line.length() < MAX_LINE) {
                        line.append(c);
                    } else if (c == '\t' && line.length() < MAX_LINE) {
                        line.append(' ');
                    }
                }
            }
        }
        return completed;
    }

    private void skipEscape(char c) {
        switch (escape) {
            case ESC -> escape = c == '[' ? EscapeState.CSI : c == ']' ? EscapeState.OSC : EscapeState.NONE;
            case CSI -> {
                if (c >= '@' && c <= '~') {
                    escape = EscapeState.NONE;
                }
            }
            case OSC -> {
                if (c == '\u0007') {
                    escape = EscapeState.NONE;
                }
            }
            default -> escape = EscapeState.NONE;
        }
    }
}
