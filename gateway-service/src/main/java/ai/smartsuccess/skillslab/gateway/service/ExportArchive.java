package ai.smartsuccess.skillslab.gateway.service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ZIP of a personal data export: {@code export.json} (the JSON export) and, under {@code files/}, every entry of
 * sandbox-orchestrator's ZIP of the person's files. That ZIP is checked whole ({@link #check}) before anything is
 * sent, so that a broken part fails the export instead of cutting the answer short.
 */
public final class ExportArchive {

    public static final String EXPORT_JSON = "export.json";
    public static final String FILES = "files/";

    private static final Set<String> UNSAFE_SEGMENTS = Set.of("", ".", "..");

    private ExportArchive() {}

    /** Reads {@code filesZip} through: a damaged ZIP or an entry name that could leave its folder is refused. */
    public static int check(byte[] filesZip) throws IOException {
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(filesZip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (!entry.isDirectory() && !isSafe(entry.getName())) {
                    throw new IOException("unsafe entry name in the files ZIP");
                }
                in.transferTo(OutputStream.nullOutputStream());
                entries++;
            }
        }
        if (entries == 0) {
            // An empty export is still a ZIP with its manifest; nothing at all means it was not a ZIP.
            throw new IOException("the files ZIP has no entries");
        }
        return entries;
    }

    /** Writes the export's ZIP to {@code out}; {@code filesZip} must have passed {@link #check}. */
    public static void write(OutputStream out, byte[] exportJson, byte[] filesZip) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream files = new ZipInputStream(new ByteArrayInputStream(filesZip))) {
            zip.putNextEntry(new ZipEntry(EXPORT_JSON));
            zip.write(exportJson);
            zip.closeEntry();
            ZipEntry entry;
            while ((entry = files.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                zip.putNextEntry(new ZipEntry(FILES + entry.getName()));
                files.transferTo(zip);
                zip.closeEntry();
            }
            zip.finish();
        }
    }

    static boolean isSafe(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.indexOf('\0') >= 0) {
            return false;
        }
        return Arrays.stream(name.split("/", -1)).noneMatch(UNSAFE_SEGMENTS::contains);
    }
}
