"""Writes the seccomp program of every local jail (raw BPF, as bubblewrap's --seccomp reads it) to argv[1] and prints
the number of the prctl system call on this architecture (the jail's loader needs it).

Built with libseccomp (Debian python3-seccomp), so the program is the same for the same libseccomp and architecture.
Everything is allowed except what a candidate's code has no use for and what widens the kernel's attack surface or
reaches beyond the jail; those calls fail with EPERM (clone3 with ENOSYS, so that the C library falls back to clone,
whose flags the filter can see).
"""
import errno
import sys

import seccomp

DENIED = [
    # asynchronous I/O rings: a large, often vulnerable kernel surface
    "io_uring_setup", "io_uring_enter", "io_uring_register",
    # kernel keyrings
    "keyctl", "add_key", "request_key",
    # BPF programs, userfaultfd (a favourite of kernel exploits), performance counters
    "bpf", "userfaultfd", "perf_event_open",
    # other processes' memory
    "ptrace", "process_vm_readv", "process_vm_writev",
    # the filesystem tree and namespaces
    "mount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree", "fsopen", "fsmount", "fsconfig", "fspick",
    "mount_setattr", "unshare", "setns",
    # the kernel itself
    "kexec_load", "kexec_file_load", "init_module", "finit_module", "delete_module", "reboot", "swapon", "swapoff",
    "acct", "quotactl", "syslog", "lookup_dcookie", "open_by_handle_at", "name_to_handle_at",
]

# clone flags that make a new namespace
NAMESPACE_FLAGS = [
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
]


def build():
    f = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    # A system call of another ABI (32-bit int 0x80, x32) would bypass the rules by its other numbers: kill.
    f.set_attr(seccomp.Attr.ACT_BADARCH, seccomp.KILL_PROCESS)
    for name in DENIED:
        try:
            f.add_rule(seccomp.ERRNO(errno.EPERM), name)
        except (RuntimeError, ValueError):
            pass  # not a system call on this architecture
    for flag in NAMESPACE_FLAGS:
        f.add_rule(seccomp.ERRNO(errno.EPERM), "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
    f.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
    return f


def main():
    with open(sys.argv[1], "wb") as out:
        build().export_bpf(out)
    print(seccomp.resolve_syscall(seccomp.Arch.NATIVE, "prctl"))


main()
