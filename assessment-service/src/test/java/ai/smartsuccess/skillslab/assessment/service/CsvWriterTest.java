package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void plain_cells_are_written_as_they_are_and_records_end_with_crlf() {
        String csv = new CsvWriter()
                .row(List.of("a", "b c", 7))
                .row(Arrays.asList("x", null, ""))
                .toString();
        assertThat(csv).isEqualTo("a,b c,7\r\nx,,\r\n");
    }

    @Test
    void commas_quotes_and_line_breaks_are_quoted_as_rfc_4180_says() {
        String csv = new CsvWriter()
                .row(List.of("Doe, Jane", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\nhere"))
                .toString();
        assertThat(csv).isEqualTo("\"Doe, Jane\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\nhere\"\r\n");
    }

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_made_plain_text() {
        String csv = new CsvWriter()
                .row(List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd", "a=b", "'ok"))
                .toString();
        assertThat(csv)
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2+3,'@SUM(A1),'\tcmd,\"'\rcmd\",a=b,'ok\r\n");
    }

    @Test
    void numbers_the_platform_writes_are_not_neutralised_nor_written_in_scientific_notation() {
        String csv = new CsvWriter().row(List.of(-1, 81.5, 0.0001, 100.0, 12L)).toString();
        assertThat(csv).isEqualTo("-1,81.5,0.0001,100,12\r\n");
    }

    @Test
    void non_ascii_text_is_kept() {
        assertThat(new CsvWriter().row(List.of("Zoë Ångström", "李雷")).toString())
                .isEqualTo("Zoë Ångström,李雷\r\n");
    }
}
