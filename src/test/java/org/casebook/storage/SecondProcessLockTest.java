package org.casebook.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.casebook.domain.Body;
import org.casebook.domain.DefaultCodebook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second program opening a case that is open here gets a clear message, and the case stays whole. */
class SecondProcessLockTest {

    @TempDir
    Path temp;

    @Test
    void secondProcessIsToldTheCaseIsOpenElsewhere() throws IOException, InterruptedException {
        CaseStore store = new CaseStore(new Backups(Clock.systemUTC()));
        try (CaseDatabase database = store.create(temp.resolve("shared"), DefaultCodebook.lxp())) {
            database.update(r -> r.bodies().addBody("Fictional Valley NHS Trust"));

            Process other = new ProcessBuilder(javaBinary(), "-cp", System.getProperty("java.class.path"),
                    "-Dcasebook.home=" + temp.resolve("home"), "org.casebook.app.Launcher",
                    "export", "--case", database.folder().root().toString(), "--format", "json")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).as("second process finished").isTrue();
            String stderr = new String(other.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(other.exitValue()).isEqualTo(2);
            assertThat(stderr.strip()).contains("is open in another window or program")
                    .contains(database.folder().root().toString())
                    .doesNotContain("Exception");
            List<Body> bodies = database.read(r -> r.bodies().bodies());
            assertThat(bodies).extracting(Body::name).containsExactly("Fictional Valley NHS Trust");
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
