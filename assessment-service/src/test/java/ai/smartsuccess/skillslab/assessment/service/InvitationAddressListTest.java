package ai.smartsuccess.skillslab.assessment.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.smartsuccess.skillslab.assessment.service.InvitationAddressList.Line;
import ai.smartsuccess.skillslab.assessment.service.InvitationAddressList.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvitationAddressListTest {

    @Test
    void a_100000_character_line_is_refused_promptly_and_the_other_lines_still_read() {
        String hostile = "a <" + " ".repeat(100_000) + "b";
        List<Line> lines = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(5),
                () -> InvitationAddressList.parse("ada@example.org\n" + hostile + "\nAlan <alan@example.org>"));

        assertThat(lines)
                .extracting(Line::row, Line::email, Line::problem)
                .containsExactly(
                        tuple(1, "ada@example.org", null),
                        tuple(2, null, Problem.INVALID_ROW),
                        tuple(3, "alan@example.org", null));
        assertThat(lines.get(1).detail()).contains("longer than 1000 characters");
        assertThat(lines.get(1).input()).hasSizeLessThanOrEqualTo(InvitationAddressList.MAX_ECHO_CHARS);
    }

    @Test
    void an_address_alone_or_with_a_name_in_either_column_and_any_usual_separator() {
        List<Line> lines = InvitationAddressList.parse(String.join(
                "\n",
                "ada@example.org",
                "Ada Lovelace, ada2@example.org",
                "ada3@example.org;Ada",
                "Grace Hopper\tgrace@example.org",
                "\"Lovelace, Ada\", ada4@example.org",
                "\"Hopper, Grace\" <grace2@example.org>",
                "Alan Turing <alan@example.org>",
                "  spaced@example.org  ;  Spaced Out  "));

        assertThat(lines)
                .extracting(Line::row, Line::email, Line::name, Line::problem)
                .containsExactly(
                        tuple(1, "ada@example.org", null, null),
                        tuple(2, "ada2@example.org", "Ada Lovelace", null),
                        tuple(3, "ada3@example.org", "Ada", null),
                        tuple(4, "grace@example.org", "Grace Hopper", null),
                        tuple(5, "ada4@example.org", "Lovelace, Ada", null),
                        tuple(6, "grace2@example.org", "Hopper, Grace", null),
                        tuple(7, "alan@example.org", "Alan Turing", null),
                        tuple(8, "spaced@example.org", "Spaced Out", null));
    }

    @Test
    void rows_are_numbered_by_line_skipping_blank_lines_a_header_and_a_byte_order_mark() {
        List<Line> lines =
                InvitationAddressList.parse("\uFEFFName,Email\r\n\r\nada@example.org\r\n   \rbob@example.org");

        assertThat(lines).extracting(Line::row).containsExactly(3, 5);
        assertThat(lines).extracting(Line::email).containsExactly("ada@example.org", "bob@example.org");
    }

    @Test
    void a_header_is_only_the_first_line() {
        List<Line> lines = InvitationAddressList.parse("ada@example.org\nname,email");

        assertThat(lines).hasSize(2);
        assertThat(lines.get(1).problem()).isEqualTo(Problem.INVALID_EMAIL);
    }

    @Test
    void each_kind_of_bad_line_is_named_with_what_to_do() {
        List<Line> lines = InvitationAddressList.parse(String.join(
                "\n",
                "Ada Lovelace",
                "not-an-address@",
                "ada@example.org, bob@example.org",
                "Ada, Lovelace, ada@example.org",
                "\"Ada, ada@example.org",
                "ada@example.org, " + "A".repeat(201),
                "x".repeat(400) + "@example.org"));

        assertThat(lines)
                .extracting(Line::problem)
                .containsExactly(
                        Problem.INVALID_EMAIL,
                        Problem.INVALID_EMAIL,
                        Problem.INVALID_ROW,
                        Problem.INVALID_ROW,
                        Problem.INVALID_ROW,
                        Problem.INVALID_NAME,
                        Problem.INVALID_EMAIL);
        assertThat(lines.get(0).detail()).isEqualTo("This line has no email address; write one address per line.");
        assertThat(lines.get(1).detail()).isEqualTo("The address must be a valid email address.");
        assertThat(lines.get(2).detail()).isEqualTo("This line has 2 addresses; write one per line.");
        assertThat(lines.get(3).detail()).isEqualTo("This line has 3 columns; write an address and at most a name.");
        assertThat(lines.get(4).detail()).isEqualTo("This line could not be read; check its quotes.");
        assertThat(lines.get(5).detail()).isEqualTo("The name must be at most 200 characters.");
        // What the line said comes back, cut short when long.
        assertThat(lines.get(6).input())
                .hasSize(InvitationAddressList.MAX_ECHO_CHARS)
                .endsWith("…");
        assertThat(lines).allMatch(line -> line.email() == null);
    }
}
