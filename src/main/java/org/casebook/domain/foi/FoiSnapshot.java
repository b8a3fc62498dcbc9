package org.casebook.domain.foi;

import java.util.List;

/** All of a case's FOI work, read in one transaction with the rest of the case: for exports and packs. */
public record FoiSnapshot(List<BodyProfile> profiles, List<Campaign> campaigns, List<FoiRequest> requests,
        List<FoiAnswer> answers) {

    public static final FoiSnapshot EMPTY = new FoiSnapshot(List.of(), List.of(), List.of(), List.of());

    public FoiSnapshot {
        profiles = List.copyOf(profiles);
        campaigns = List.copyOf(campaigns);
        requests = List.copyOf(requests);
        answers = List.copyOf(answers);
    }

    public List<FoiRequest> requestsOf(long campaignId) {
        return requests.stream().filter(r -> r.campaignId() == campaignId).toList();
    }

    public List<FoiAnswer> answersTo(long requestId) {
        return answers.stream().filter(a -> a.requestId() == requestId).toList();
    }
}
