package ai.smartsuccess.skillslab.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The business's evidence reports: the caps of the JSON timeline and where rendered PDFs are kept. */
@ConfigMapping(prefix = "skillslab.reports")
public interface ReportConfig {

    /** The bucket rendered PDFs are kept in, by assessment and score revision. */
    @WithDefault("reports")
    String bucket();

    /** Read by the scheduler: how often cached PDFs of candidates who deleted their account are removed. */
    @WithDefault("10m")
    String erasureScan();

    Timeline timeline();

    interface Timeline {
        /** Characters of one file's content carried by one file-change entry; longer content is cut. */
        @WithDefault("200000")
        int maxFileChars();

        /** Characters of one file-change entry's unified diff; a longer diff is cut at a line. */
        @WithDefault("50000")
        int maxDiffChars();

        /** Characters of a prompt, an answer, a note, a paste or a command; longer text is cut. */
        @WithDefault("20000")
        int maxTextChars();

        /** Characters of file content in one report; past it, file-change entries carry the diff only. */
        @WithDefault("5000000")
        long maxContentChars();

        /** Files above this size (characters, before or after) get no diff: computing one would cost too much. */
        @WithDefault("1000000")
        int maxDiffInputChars();

        /** Bytes of the starter files read to diff the first change of each file against. */
        @WithDefault("10485760")
        long maxStarterBytes();
    }
}
