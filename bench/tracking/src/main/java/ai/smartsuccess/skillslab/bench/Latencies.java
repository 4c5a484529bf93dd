package ai.smartsuccess.skillslab.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/** A histogram of request latencies in 0.1 ms buckets up to 10 s: cheap to record from many threads. */
final class Latencies {

    private static final int BUCKETS = 100_000;
    private final AtomicLongArray counts = new AtomicLongArray(BUCKETS + 1);

    void record(long nanos) {
        int bucket = (int) Math.min(BUCKETS, nanos / 100_000);
        counts.incrementAndGet(bucket);
    }

    long count() {
        long total = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            total += counts.get(i);
        }
        return total;
    }

    /** The latency in milliseconds below which {@code fraction} of requests fell. */
    double percentile(double fraction) {
        long total = count();
        long wanted = (long) Math.ceil(total * fraction);
        long seen = 0;
        for (int i = 0; i <= BUCKETS; i++) {
            seen += counts.get(i);
            if (seen >= wanted && seen > 0) {
                return (i + 1) / 10.0;
            }
        }
        return Double.NaN;
    }
}
