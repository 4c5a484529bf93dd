package ai.smartsuccess.skillslab.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedTextTest {

    @Test
    void addresses_lose_what_makes_mail_clients_link_them() {
        assertThat(QuotedText.defang("Log in at https://bank.example.com/login?x=1 now"))
                .isEqualTo("Log in at https[://]bank[.]example[.]com/login?x=1 now");
        assertThat(QuotedText.defang("see www.evil.example or evil.io"))
                .isEqualTo("see www[.]evil[.]example or evil[.]io");
        assertThat(QuotedText.defang("write to hr@acme.example")).isEqualTo("write to hr@acme[.]example");
        assertThat(QuotedText.defang("ftp://10.0.0.1/x and 192.168.1.20"))
                .isEqualTo("ftp[://]10[.]0[.]0[.]1/x and 192[.]168[.]1[.]20");
        assertThat(QuotedText.defang("Zoë's café.münchen site")).isEqualTo("Zoë's café[.]münchen site");
    }

    @Test
    void ordinary_prose_stays_as_written() {
        String prose = "Hi Ada,\nplease take the task (about 1.5 hours, e.g. tonight). Thanks. <b>Blake</b>";
        assertThat(QuotedText.defang(prose)).isEqualTo(prose);
        assertThat(QuotedText.defang(null)).isNull();
    }
}
