package ai.smartsuccess.skillslab.scoring.service.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The literals of each code-line pattern are complete: a line matching any alternative of the regex is found by the
 * literal pre-check too, and a line matching none is not.
 */
class LinePatternTest {

    private static final Map<LinePattern, List<String>> MATCHING = Map.of(
            FinalCodeAnalyzer.DEBUG,
            List.of("    print(total)", "console.log(x)", "  System.out.println(1);"),
            FinalCodeAnalyzer.TODO,
            List.of("# TODO handle empty", "// FIXME later", "x = 1  # XXX"),
            FinalCodeAnalyzer.SWALLOW,
            List.of("except:", "    except: pass", "except Exception as e: pass", "} catch (e) {}"),
            FinalCodeAnalyzer.STUB,
            List.of("raise NotImplementedError", "throw new Error('not implemented')"),
            FinalCodeAnalyzer.GUARD,
            List.of(
                    "raise ValueError('bad')",
                    "throw new TypeError()",
                    "if not items:",
                    "if x is None:",
                    "if x == None:",
                    "if (x === undefined) {",
                    "if (y == null)",
                    "isinstance(v, int)",
                    "if (typeof v === 'string')",
                    "except KeyError:",
                    "} catch (err) {",
                    "name = name.strip()",
                    "s.trim()",
                    "if len(items) == 0:",
                    "if count <= 0:",
                    "if n > 0:",
                    "return None",
                    "return 404",
                    "status = 422"));

    @Test
    void every_alternative_passes_the_literal_check() {
        MATCHING.forEach((pattern, lines) -> lines.forEach(line -> {
            assertThat(pattern.pattern().matcher(line).find())
                    .as("regex matches %s", line)
                    .isTrue();
            assertThat(pattern.foundIn(line)).as("found in %s", line).isTrue();
        }));
    }

    @Test
    void lines_without_any_literal_are_not_found() {
        for (LinePattern pattern : MATCHING.keySet()) {
            assertThat(pattern.foundIn("total = sum(values)")).isFalse();
        }
    }
}
