package ai.smartsuccess.skillslab.scoring.service.preprocess;

/**
 * Static measurements of the code the candidate wrote (final files that differ from the starter).
 *
 * @param codeFiles authored source files, tests excluded
 * @param functions functions and methods defined in them
 * @param longFunctions functions longer than 40 lines
 * @param documentedFunctions functions with a docstring or a leading comment
 * @param maxNesting deepest block nesting
 * @param longLineRatio share of lines over 120 characters
 * @param duplicateLineRatio share of non-trivial lines that occur more than once in the same file
 * @param debugPrints print/console.log calls left in non-test code (entry points excepted)
 * @param todoMarkers TODO, FIXME and XXX markers
 * @param swallowedErrors bare or empty exception handlers
 * @param stubs unimplemented stubs still raising NotImplementedError
 * @param commentLines comment lines in authored source
 * @param codeLines non-blank lines in authored source
 * @param testFunctionsAdded test functions in the final files beyond those in the starter files
 * @param guards lines that validate input or handle a specific failure
 * @param docsUpdated a README or other markdown file gained at least three lines of content
 */
public record FinalCode(
        int codeFiles,
        int functions,
        int longFunctions,
        int documentedFunctions,
        int maxNesting,
        double longLineRatio,
        double duplicateLineRatio,
        int debugPrints,
        int todoMarkers,
        int swallowedErrors,
        int stubs,
        int commentLines,
        int codeLines,
        int testFunctionsAdded,
        int guards,
        boolean docsUpdated) {}
