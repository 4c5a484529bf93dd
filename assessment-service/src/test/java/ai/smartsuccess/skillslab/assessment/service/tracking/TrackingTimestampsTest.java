package ai.smartsuccess.skillslab.assessment.service.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written reading of client timestamps gives what {@link OffsetDateTime#parse} would, in every case. */
class TrackingTimestampsTest {

    @Test
    void usual_and_unusual_shapes_read_as_the_general_parser_reads_them() {
        List<String> samples = List.of(
                "2026-05-01T10:00:00+02:00",
                "2026-05-01T08:00:00Z",
                "2026-05-01T08:00:00.1Z",
                "2026-05-01T08:00:00.120Z",
                "2026-05-01T08:00:00.000Z",
                "2026-05-01T08:00:00.000001Z",
                "2026-05-01T08:00:00.123456789-07:30",
                "2024-02-29T23:59:59.999999999-18:00",
                "2024-12-31T23:30:00-01:00",
                "2023-02-29T00:00:00Z",
                "2026-04-31T00:00:00Z",
                "0000-01-01T00:00:00+01:00",
                "9999-12-31T23:59:59-01:00",
                "2026-13-01T00:00:00Z",
                "2026-00-01T00:00:00Z",
                "2026-05-00T00:00:00Z",
                "2026-05-01T24:00:00Z",
                "2026-05-01T10:60:00Z",
                "2026-05-01T10:00:60Z",
                "2026-05-01t10:00:00z",
                "2026-05-01T10:00Z",
                "2026-05-01T10:00:00+0200",
                "2026-05-01T10:00:00+02",
                "2026-05-01T10:00:00+02:00:30",
                "2026-05-01T10:00:00.Z",
                "2026-05-01T10:00:00.1234567891Z",
                "+12026-05-01T10:00:00Z",
                "2026-05-01T10:00:00+19:00",
                "2026-05-01T10:00:00+18:01",
                "2026-05-01T10:00:00-00:00",
                "2026-05-01T10:00:00",
                "2026-05-01 10:00:00Z",
                "2026-5-01T10:00:00Z",
                "２０２６-05-01T10:00:00Z",
                "",
                "yesterday");
        for (String sample : samples) {
            assertThat(TrackingTimestamps.utc(sample)).as(sample).isEqualTo(reference(sample));
        }
    }

    @Test
    void random_instants_in_every_precision_and_offset_read_as_the_general_parser_reads_them() {
        Random random = new Random(20260501);
        DateTimeFormatter[] precisions = {
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSXXX")
        };
        long min = Instant.parse("0000-01-02T00:00:00Z").getEpochSecond();
        long max = Instant.parse("9999-12-30T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(
                    min + (long) (random.nextDouble() * (max - min)), random.nextInt(1_000_000_000));
            if (i % 3 == 0) {
                instant = Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / 1_000_000 * 1_000_000);
            }
            ZoneOffset offset =
                    i % 2 == 0 ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds((random.nextInt(36 * 4 + 1) - 72) * 900);
            String text = precisions[random.nextInt(precisions.length)].format(instant.atOffset(offset));
            assertThat(TrackingTimestamps.utc(text)).as(text).isEqualTo(reference(text));
        }
    }

    private static String reference(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant().toString();
        } catch (DateTimeException e) {
            return null;
        }
    }
}
