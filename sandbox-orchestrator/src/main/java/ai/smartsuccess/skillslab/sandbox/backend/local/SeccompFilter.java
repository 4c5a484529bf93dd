package ai.smartsuccess.skillslab.sandbox.backend.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The seccomp program every process of a local jail runs under, generated once at start by {@code
 * jail/seccomp_filter.py} with libseccomp's Python binding (Debian {@code python3-seccomp}) into a root-only file.
 * bubblewrap loads it for the jail ({@code --seccomp}); processes entering the jail load it with {@link #LOADER}
 * right after entering, before anything of the candidate's runs.
 *
 * @param program the raw BPF program
 * @param prctl the number of the prctl system call on this architecture
 * @param sha256 of the program, for the log
 */
record SeccompFilter(Path program, int prctl, String sha256) {

    private static final Logger LOG = Logger.getLogger(SeccompFilter.class);
    private static final String GENERATOR = "/jail/seccomp_filter.py";
    static final String PYTHON = "/usr/bin/python3";
    static final String PERL = "/usr/bin/perl";
    /** The descriptor on which a starting or entering process gets the program. */
    static final int FD = 5;

    /**
     * Sets no_new_privs, loads the program read from descriptor 5 (then closed) and executes the rest of its
     * arguments. Perl (always installed on Debian: perl-base is essential) starts in about a millisecond; the first
     * argument is the prctl number. {@code pack('S x![P] P')} is {@code struct sock_fprog}: the program's length in
     * instructions of 8 bytes, padding, a pointer to them.
     */
    static final String LOADER = String.join(
            " ",
            "my $nr = shift @ARGV;",
            "open(my $f, '<&=', " + FD + ") or die \"seccomp program: $!\\n\";",
            "binmode $f; local $/; my $p = <$f>; close $f;",
            "syscall($nr, 38, 1, 0, 0, 0) == 0 or die \"no_new_privs: $!\\n\";",
            "syscall($nr, 22, 2, pack('S x![P] P', length($p) / 8, $p), 0, 0) == 0 or die \"seccomp: $!\\n\";",
            "exec { $ARGV[0] } @ARGV or die \"exec $ARGV[0]: $!\\n\";");

    /** Generates the program into {@code dir}; empty (with the reason logged) if the host cannot. */
    static Optional<SeccompFilter> generate(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            Path program = dir.resolve("seccomp.bpf");
            Files.deleteIfExists(program);
            String script;
            try (InputStream in = SeccompFilter.class.getResourceAsStream(GENERATOR)) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            ProcessBuilder builder =
                    new ProcessBuilder(PYTHON, "-I", "-c", script, program.toString()).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().put("PATH", "/usr/bin:/bin");
            Process process = builder.start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                LOG.warnf(
                        "cannot build the jails' seccomp program (is python3-seccomp installed?): %s",
                        new String(output, StandardCharsets.UTF_8).strip());
                return Optional.empty();
            }
            int prctl = Integer.parseInt(new String(output, StandardCharsets.UTF_8).strip());
            byte[] bytes = Files.readAllBytes(program);
            if (bytes.length == 0 || bytes.length % 8 != 0) {
                LOG.warnf("the jails' seccomp program has a bad size %d", bytes.length);
                return Optional.empty();
            }
            Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("r--------"));
            if (!Files.isExecutable(Path.of(PERL))) {
                LOG.warnf("%s is missing: commands entering a jail could not load the seccomp program", PERL);
                return Optional.empty();
            }
            return Optional.of(new SeccompFilter(program, prctl, sha256(bytes)));
        } catch (IOException | NumberFormatException e) {
            LOG.warnf("cannot build the jails' seccomp program: %s", e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The loader's command line in front of {@code rest}. */
    List<String> loader() {
        return List.of(PERL, "-e", LOADER, "--", Integer.toString(prctl));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException(e));
        }
    }
}
