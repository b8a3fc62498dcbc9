package org.casebook.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.service.AppDirectories;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AboutViewModelTest {

    private final AppDirectories directories = new AppDirectories(Path.of("/home/member/.local/share/casebook"));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "version=1.4.2|1.4.2",
            "version=  2.0.0-beta  |2.0.0-beta",
            "version=${project.version}|dev",
            "version=|dev",
            "name=casebook|dev",
            "version=\\uZZZZ|dev"})
    void showsTheBuildVersionOrDevWhenThereIsNone(String file, String shown) {
        AboutViewModel viewModel = new AboutViewModel(directories, () -> Optional.of(stream(file)));

        assertThat(viewModel.version()).isEqualTo(shown);
    }

    @Test
    void showsDevWhenTheVersionFileIsMissing() {
        assertThat(new AboutViewModel(directories, Optional::empty).version()).isEqualTo("dev");
    }

    @Test
    void namesTheLogFolderAndTheRuntime() {
        AboutViewModel viewModel = new AboutViewModel(directories);

        assertThat(viewModel.logFolder()).isEqualTo(directories.logs().toString());
        assertThat(viewModel.javaVersion()).startsWith(System.getProperty("java.version"));
        assertThat(viewModel.version()).isNotBlank();
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
