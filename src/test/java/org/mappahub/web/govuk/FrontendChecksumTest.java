package org.mappahub.web.govuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The vendored GOV.UK Frontend and MoJ Frontend files must be exactly what
 * {@code scripts/update-frontend.sh} wrote: any hand edit, missing or extra file fails here.
 * To upgrade, change the pinned versions in the script and run it; it regenerates the checksums.
 */
class FrontendChecksumTest {

    private static final Path ASSETS = Path.of("src/main/resources/static/assets");
    private static final String CHECKSUMS = "CHECKSUMS.sha256";

    @Test
    void vendoredFrontendFilesMatchTheirChecksums() throws IOException {
        Map<String, String> expected = readChecksums();
        assertThat(expected)
                .as("CHECKSUMS.sha256 lists the vendored files")
                .containsKeys("govuk-frontend.min.css", "govuk-frontend.min.js",
                        "moj/moj-frontend.min.css", "moj/moj-frontend.min.js");

        Map<String, String> actual = vendoredFiles();
        assertThat(actual.keySet())
                .as("vendored files on disk (run scripts/update-frontend.sh to regenerate)")
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertThat(actual.get(file.getKey()))
                    .as("sha256 of %s (edited by hand? run scripts/update-frontend.sh)", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    private static Map<String, String> readChecksums() throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        for (String line : Files.readAllLines(ASSETS.resolve(CHECKSUMS))) {
            if (line.isBlank()) {
                continue;
            }
            // sha256sum format: "<64 hex digits><space><space or *><path>"
            String hash = line.substring(0, 64);
            String path = line.substring(66);
            checksums.put(path, hash);
        }
        return checksums;
    }

    /** Every file under assets/ except the checksum list and our own top-level app.* files. */
    private static Map<String, String> vendoredFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ASSETS)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> ASSETS.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals(CHECKSUMS))
                    .filter(path -> !(path.startsWith("app.") && !path.contains("/")))
                    .collect(Collectors.toMap(path -> path, path -> sha256(ASSETS.resolve(path)),
                            (a, b) -> a, TreeMap::new));
        }
    }

    private static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash " + file, e);
        }
    }
}
