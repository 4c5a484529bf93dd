package ai.smartsuccess.skillslab.bench;

import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/** Reads a session's final tracking objects back from S3 and counts the distinct event ids in them. */
final class CountCheck implements AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    CountCheck(Options options) {
        this.bucket = options.bucket();
        this.s3 = S3Client.builder()
                .endpointOverride(URI.create(options.s3Endpoint()))
                .region(Region.US_EAST_1)
                .forcePathStyle(true)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(options.s3AccessKey(), options.s3SecretKey())))
                .build();
    }

    /** {distinct ids, lines, objects} of one session. */
    long[] count(String assessmentId) {
        Set<String> ids = new HashSet<>();
        long lines = 0;
        long objects = 0;
        for (S3Object object : s3.listObjectsV2Paginator(
                        r -> r.bucket(bucket).prefix("assessments/" + assessmentId + "/"))
                .contents()) {
            objects++;
            String ndjson = s3.getObjectAsBytes(r -> r.bucket(bucket).key(object.key())).asUtf8String();
            for (String line : ndjson.split("\n")) {
                if (!line.isBlank()) {
                    lines++;
                    ids.add(Api.field(line, "id"));
                }
            }
        }
        return new long[] {ids.size(), lines, objects};
    }

    @Override
    public void close() {
        s3.close();
    }
}
