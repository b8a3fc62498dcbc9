package org.casebook.exchange.foi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.WdtkEvent;
import org.casebook.domain.foi.WdtkRequest;
import org.casebook.exchange.ExchangeFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhatDoTheyKnowRequestTest {

    @TempDir
    Path temp;

    @Test
    void readsTheRequestItsBodyAndItsPage() throws Exception {
        WdtkRequest request = WhatDoTheyKnowRequest.read(AuthoritiesCsvTest.fixture("wdtk-request.json"));

        assertThat(request.title()).isEqualTo("Peer support workers employed, by band");
        assertThat(request.urlTitle()).isEqualTo("peer_support_workers_employed_by_band");
        assertThat(request.url()).isEqualTo(
                URI.create("https://www.whatdotheyknow.com/request/peer_support_workers_employed_by_band"));
        assertThat(request.bodyUrlName()).isEqualTo("leeds_teaching_hospitals_nhs_trust");
        assertThat(request.bodyName()).isEqualTo("Leeds Teaching Hospitals NHS Trust");
        assertThat(request.created()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(request.describedState()).isEqualTo("partially_successful");
        assertThat(request.state()).contains(FoiState.PARTIALLY_SUCCESSFUL);
    }

    @Test
    void putsTheEventsInDateOrderWithTheStatesDescribed() throws Exception {
        WdtkRequest request = WhatDoTheyKnowRequest.read(AuthoritiesCsvTest.fixture("wdtk-request.json"));

        assertThat(request.events()).containsExactly(
                new WdtkEvent("sent", LocalDate.of(2025, 1, 6), Optional.of("waiting_response")),
                new WdtkEvent("response", LocalDate.of(2025, 1, 13), Optional.empty()),
                new WdtkEvent("response", LocalDate.of(2025, 2, 3), Optional.of("partially_successful")),
                // 23:30 British Summer Time is still 30 June in the UK, though 1 July had begun nowhere yet.
                new WdtkEvent("comment", LocalDate.of(2025, 6, 30), Optional.empty()));
    }

    @Test
    void makesThePageOnAnotherAlaveteliSite() throws Exception {
        WdtkRequest request = WhatDoTheyKnowRequest.read(AuthoritiesCsvTest.fixture("wdtk-request.json"),
                URI.create("https://www.asktheeu.org/en/"));

        assertThat(request.url()).hasToString("https://www.asktheeu.org/en/request/peer_support_workers_employed_by_band");
    }

    @Test
    void mapsWhatDoTheyKnowsStateNamesAndLeavesOutTheOnesCasebookDoesNotTrack() {
        assertThat(WdtkRequest.state("rejected")).contains(FoiState.REFUSED);
        assertThat(WdtkRequest.state("user_withdrawn")).contains(FoiState.WITHDRAWN);
        assertThat(WdtkRequest.state("error_message")).contains(FoiState.DELIVERY_ERROR);
        assertThat(WdtkRequest.state("gone_postal")).isEmpty();
    }

    @Test
    void refusesAnAuthoritysJsonNamingWhatItIs() throws IOException {
        Path file = Files.writeString(temp.resolve("nhs_england.json"),
                "{\"id\": 1, \"url_name\": \"nhs_england\", \"name\": \"NHS England\"}");

        assertThatThrownBy(() -> WhatDoTheyKnowRequest.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessage("nhs_england.json is a WhatDoTheyKnow authority or user, not a request.");
    }

    @Test
    void refusesARequestWithoutItsBody() throws IOException {
        Path file = Files.writeString(temp.resolve("shallow.json"),
                "{\"url_title\": \"x\", \"title\": \"X\", \"created_at\": \"2025-01-06T09:14:52.000+00:00\"}");

        assertThatThrownBy(() -> WhatDoTheyKnowRequest.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageStartingWith("shallow.json is not a whole WhatDoTheyKnow request: it has no \"public_body\"");
    }

    @Test
    void refusesAFileThatIsNotJson() throws IOException {
        Path file = Files.writeString(temp.resolve("page.json"), "<html><body>Log in</body></html>");

        assertThatThrownBy(() -> WhatDoTheyKnowRequest.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessageStartingWith("page.json is not JSON");
    }

    @Test
    void refusesATimeThatIsNotOne() throws Exception {
        String json = Files.readString(AuthoritiesCsvTest.fixture("wdtk-request.json"))
                .replace("\"2025-01-06T09:14:52.000+00:00\"", "\"last Monday\"");
        Path file = Files.writeString(temp.resolve("odd.json"), json);

        assertThatThrownBy(() -> WhatDoTheyKnowRequest.read(file)).isInstanceOf(ExchangeFormatException.class)
                .hasMessage("odd.json has a \"created_at\" that is not a time: \"last Monday\".");
    }
}
