package ai.smartsuccess.skillslab.scoring.service.calculate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/** The few numeric shapes every formula is built from, so that each README formula reads the same in code. */
public final class Scales {

    private Scales() {}

    /** 0 at or below {@code from}, 1 at or above {@code to}, linear between. */
    public static double ramp(double x, double from, double to) {
        if (x <= from) {
            return 0;
        }
        if (x >= to) {
            return 1;
        }
        return (x - from) / (to - from);
    }

    public static double clamp01(double x) {
        return Double.isNaN(x) ? 0 : Math.max(0, Math.min(1, x));
    }

    public static double clamp(double x, double min, double max) {
        return Double.isNaN(x) ? min : Math.max(min, Math.min(max, x));
    }

    /** {@code part / whole}, 0 when there is no whole. */
    public static double ratio(double part, double whole) {
        return whole <= 0 ? 0 : part / whole;
    }

    public static double mean(Collection<Double> values) {
        return values.isEmpty()
                ? 0
                : values.stream().mapToDouble(Double::doubleValue).sum() / values.size();
    }

    /** Half-up to two decimals, the precision of every published score. */
    public static double round2(double x) {
        return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }

    /** A 0..1 fraction as a 0..100 score, clamped and rounded. */
    public static double score(double fraction) {
        return round2(100 * clamp01(fraction));
    }
}
