package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.casebook.domain.foi.Authority;
import org.casebook.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthoritiesCsvTest {

    @TempDir
    Path temp;

    static Path fixture(String name) throws URISyntaxException {
        return Path.of(AuthoritiesCsvTest.class.getResource("/foi/" + name).toURI());
    }

    @Test
    void readsWhatDoTheyKnowsExportWithTagsKeptAsTheyAre() throws Exception {
        AuthorityList list = AuthoritiesCsv.read(fixture("wdtk-nhs-authorities.csv"));

        assertThat(list.warnings()).isEmpty();
        assertThat(list.authorities()).hasSize(9);
        Authority guys = list.authorities().get(1);
        assertThat(guys.name()).isEqualTo("Guy's and St Thomas' NHS Foundation Trust");
        assertThat(guys.urlName()).contains("guys_and_st_thomas_nhs_foundation_trust");
        assertThat(guys.shortName()).isEmpty();
        assertThat(guys.foiEmail()).isEmpty();
        assertThat(guys.homePage()).contains("https://www.guysandstthomas.nhs.uk");
        assertThat(guys.tags()).containsExactly("nhs", "nhstrust", "dpr:Z7034208", "nhsorg:RJ1", "nhsorgcode:RJ1",
                "wikidata:Q16993504", "lcnaf:nb2011029704");
    }

    @Test
    void keepsOnlyTheBodiesWithTheTagAskedFor() throws Exception {
        AuthorityList trusts = AuthoritiesCsv.read(fixture("wdtk-nhs-authorities.csv"), Optional.of("NHSTrust"));

        assertThat(trusts.authorities()).hasSize(8).noneMatch(a -> a.name().equals("NHS England"));
    }

    @Test
    void aMachineTagsNameFindsTheBodiesThatCarryIt() throws Exception {
        AuthorityList coded = AuthoritiesCsv.read(fixture("wdtk-nhs-authorities.csv"), Optional.of("nhsorgcode"));

        assertThat(coded.authorities()).extracting(Authority::name).doesNotContain("NHS England",
                "Devon Partnership NHS Trust").hasSize(7);
    }

    @Test
    void saysSoWhenNoBodyHasTheTag() throws Exception {
        AuthorityList none = AuthoritiesCsv.read(fixture("wdtk-nhs-authorities.csv"), Optional.of("police"));

        assertThat(none.authorities()).isEmpty();
        assertThat(none.warnings()).singleElement().asString().contains("tagged \"police\"");
    }

    @Test
    void readsTheExportFromBefore2022WithoutTheInternalId() throws Exception {
        Path file = Files.writeString(temp.resolve("old.csv"), "Name,Short name,URL name,Tags,Home page,"
                + "Publication scheme,Disclosure log,Notes,Created at,Updated at,Version\n"
                + "NHS England,,nhs_england,nhs,https://www.england.nhs.uk,,,,2013-03-05 10:12:41 +0000,"
                + "2024-01-15 09:30:02 +0000,12\n");

        Authority england = AuthoritiesCsv.read(file).authorities().get(0);

        assertThat(england.urlName()).contains("nhs_england");
        assertThat(england.tags()).containsExactly("nhs");
    }

    @Test
    void readsAPlainListWithABomAndLeavesOutWhatIsNotAnAddress() throws Exception {
        AuthorityList list = AuthoritiesCsv.read(fixture("plain-foi-addresses.csv"));

        assertThat(list.authorities()).extracting(Authority::name).containsExactly("NHS England",
                "Guy's and St Thomas' NHS Foundation Trust", "Leeds Teaching Hospitals NHS Trust",
                "Devon Partnership NHS Trust");
        assertThat(list.authorities().get(0).foiEmail()).contains("foi.england@example.nhs.uk");
        assertThat(list.authorities().get(1).tags()).containsExactly("nhstrust", "london");
        assertThat(list.authorities().get(2).foiEmail()).isEmpty();
        assertThat(list.authorities().get(3).tags()).containsExactly("nhstrust", "mental_health");
        assertThat(list.warnings()).hasSize(2);
        assertThat(list.warnings().get(0)).contains("Row 4", "Leeds", "\"see website\" is not an e-mail address");
        assertThat(list.warnings().get(1)).isEqualTo("1 row has no name and was left out (row 5).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Body,Email", "AUTHORITY,e-mail", "Name,Request email", "organisation,Address",
        "Organization, FOI Email "})
    void findsTheNameAndAddressColumnsByAnyOfTheirUsualHeaders(String header) throws IOException {
        Path file = Files.writeString(temp.resolve("list.csv"), header + "\nNorth Bristol NHS Trust,foi@example.org\n");

        Authority body = AuthoritiesCsv.read(file).authorities().get(0);

        assertThat(body.name()).isEqualTo("North Bristol NHS Trust");
        assertThat(body.foiEmail()).contains("foi@example.org");
    }

    @Test
    void readsExcelsPlainCsvAsWindows1252AndSaysSo() throws IOException {
        Path file = temp.resolve("excel.csv");
        Files.write(file, "Name,Email\nSt Mary’s £ Trust,foi@example.org\n".getBytes(Charset.forName("windows-1252")));

        AuthorityList list = AuthoritiesCsv.read(file);

        assertThat(list.authorities().get(0).name()).isEqualTo("St Mary’s £ Trust");
        assertThat(list.warnings()).singleElement().asString().contains("Windows-1252");
    }

    @Test
    void refusesACsvWithoutANameColumnAndListsTheColumnsItHas() throws IOException {
        Path file = Files.writeString(temp.resolve("sums.csv"), "a,b,c\n1,2,3\n");

        assertThatThrownBy(() -> AuthoritiesCsv.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessage("sums.csv is not a list of authorities: it has no Name column (it has: a, b, c).");
    }

    @Test
    void saysSoWhenAListHasAHeaderButNoBodies() throws IOException {
        Path file = Files.writeString(temp.resolve("header.csv"), "Name,Email\n,\n");

        AuthorityList list = AuthoritiesCsv.read(file);

        assertThat(list.authorities()).isEmpty();
        assertThat(list.warnings()).singleElement().asString().isEqualTo("header.csv has a header but no authorities under it.");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.write(temp.resolve("empty.csv"), new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'});

        assertThatThrownBy(() -> AuthoritiesCsv.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessage("empty.csv is empty.");
    }

    @Test
    void refusesABinaryFile() throws IOException {
        Path file = Files.write(temp.resolve("bodies.csv"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

        assertThatThrownBy(() -> AuthoritiesCsv.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageStartingWith("bodies.csv is not a CSV file: it holds binary data");
    }

    @Test
    void refusesBrokenQuotingNamingTheLine() throws IOException {
        Path file = Files.writeString(temp.resolve("broken.csv"),
                "Name,Email\nNHS England,a@example.org\n\"Leeds Teaching Hospitals,b@example.org\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> AuthoritiesCsv.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageMatching("(?s)broken\\.csv cannot be read as CSV near line [34]: .*quote.*");
    }
}
