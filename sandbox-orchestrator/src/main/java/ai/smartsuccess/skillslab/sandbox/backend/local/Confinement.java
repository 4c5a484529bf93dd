package ai.smartsuccess.skillslab.sandbox.backend.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What holds every process of one jail, the jail itself and each command or terminal entering it alike: its cgroup
 * (joined by the first process, on the host, before it executes anything else) and the seccomp program (loaded by
 * bubblewrap for the jail, by {@link SeccompFilter#LOADER} for entering processes).
 *
 * @param cgroup the cgroup's name under the service's parent
 * @param cgroupProcs the {@code cgroup.procs} files to join (one per hierarchy; empty without cgroups)
 * @param io where the host keeps the jail's command input and output: a tmpfs of the session's own, whose pages the
 *     jail's writes charge to its cgroup
 */
record Confinement(String cgroup, List<Path> cgroupProcs, Optional<SeccompFilter> seccomp, Path io) {

    /**
     * Runs as the first process on the host: writes its pid to every cgroup, opens the seccomp program on descriptor 5
     * (if any, else "-"), then executes the rest. Nothing runs outside the cgroup, not even for an instant.
     */
    private static final String ENTER_SCRIPT = String.join(
            "\n",
            "n=$1; shift",
            "while [ \"$n\" -gt 0 ]; do echo $$ >\"$1\" || exit 125; shift; n=$((n - 1)); done",
            "if [ \"$1\" != - ]; then exec " + SeccompFilter.FD + "<\"$1\" || exit 125; fi",
            "shift",
            "exec \"$@\"");

    Confinement {
        cgroupProcs = List.copyOf(cgroupProcs);
    }

    /** {@code command} preceded by whatever confines it from its first instruction. */
    List<String> enter(List<String> command) {
        if (cgroupProcs.isEmpty() && seccomp.isEmpty()) {
            return command;
        }
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", ENTER_SCRIPT, "jail-enter"));
        argv.add(Integer.toString(cgroupProcs.size()));
        cgroupProcs.forEach(procs -> argv.add(procs.toString()));
        argv.add(seccomp.map(filter -> filter.program().toString()).orElse("-"));
        argv.addAll(command);
        return argv;
    }
}
