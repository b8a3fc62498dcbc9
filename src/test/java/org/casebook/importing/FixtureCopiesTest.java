package org.casebook.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The fixtures are copies of the project's shared fixtures, not to be edited: their README holds the sums. */
class FixtureCopiesTest {

    /** One line of {@code sha256sum} output: the sum, two spaces, the path from the fixtures folder. */
    private static final Pattern SUM_LINE = Pattern.compile("^([0-9a-f]{64})  (\\S.*)$", Pattern.MULTILINE);

    @Test
    void everyCopyMatchesItsSumInTheReadme() throws IOException {
        Map<String, String> listed = sumsInReadme();
        Map<String, String> actual = new TreeMap<>();
        for (String path : listed.keySet()) {
            actual.put(path, sha256(Fixtures.dir().resolve(path)));
        }

        assertThat(listed).isNotEmpty();
        assertThat(actual).as("SHA-256 of the fixtures against fixtures/README.md").isEqualTo(listed);
    }

    @Test
    void everyFileInTheFixturesFolderHasASumInTheReadme() throws IOException {
        Path dir = Fixtures.dir();
        Set<String> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile)
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .filter(path -> !path.equals("README.md"))
                    .collect(Collectors.toSet());
        }

        assertThat(sumsInReadme().keySet()).containsExactlyInAnyOrderElementsOf(files);
    }

    private static Map<String, String> sumsInReadme() throws IOException {
        Matcher line = SUM_LINE.matcher(Files.readString(Fixtures.dir().resolve("README.md"), StandardCharsets.UTF_8));
        Map<String, String> sums = new TreeMap<>();
        while (line.find()) {
            sums.put(line.group(2), line.group(1));
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
