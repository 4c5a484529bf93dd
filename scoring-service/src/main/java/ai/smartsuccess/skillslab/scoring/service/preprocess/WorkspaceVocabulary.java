package ai.smartsuccess.skillslab.scoring.service.preprocess;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names a prompt can point at to be specific: workspace paths and the identifiers defined in the code. */
public final class WorkspaceVocabulary {

    /**
     * The leading look-ahead lists the first letters of the keywords: it changes no match, but lets the search pass
     * over most characters without the costlier word-boundary test.
     */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?=[cdfiltv])(?:\\b(?:def|class|function|interface|type|func|fn)\\s+([A-Za-z_][A-Za-z0-9_]*)"
                    + "|\\b(?:const|let|var)\\s+([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(?:async\\s*)?(?:function|\\())");

    private static final Set<String> GENERIC =
            Set.of("main", "init", "self", "test", "tests", "setup", "index", "data");

    private final Set<String> paths = new TreeSet<>();
    private final Set<String> identifiers = new TreeSet<>();

    public WorkspaceVocabulary(Collection<String> filePaths, Collection<String> codeTexts) {
        for (String path : filePaths) {
            String lower = path.toLowerCase(Locale.ROOT);
            paths.add(lower);
            int slash = lower.lastIndexOf('/');
            if (slash >= 0 && lower.length() - slash > 4) {
                paths.add(lower.substring(slash + 1));
            }
        }
        for (String text : codeTexts) {
            identifiers.addAll(definitions(text));
        }
    }

    public static Set<String> definitions(String code) {
        Set<String> names = new TreeSet<>();
        if (code == null) {
            return names;
        }
        Matcher m = DEFINITION.matcher(code);
        while (m.find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2);
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.length() >= 4 && !GENERIC.contains(lower.replace("_", ""))) {
                names.add(lower);
            }
        }
        return names;
    }

    public Set<String> paths() {
        return paths;
    }

    public Set<String> identifiers() {
        return identifiers;
    }
}
