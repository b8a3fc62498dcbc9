package org.casebook.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.casebook.domain.Body;
import org.casebook.domain.foi.AnswerMatrix;
import org.casebook.domain.foi.Authority;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.Campaign;
import org.casebook.domain.foi.CampaignQuestion;
import org.casebook.domain.foi.FoiAnswer;
import org.casebook.domain.foi.FoiRequest;
import org.casebook.domain.foi.FoiState;
import org.casebook.domain.foi.RequestClock;
import org.casebook.domain.foi.StateChange;
import org.casebook.exchange.foi.AuthoritiesCsv;
import org.casebook.exchange.foi.AuthorityList;
import org.casebook.foi.FoiClock;
import org.casebook.foi.MatrixBuilder;
import org.casebook.foi.StateRules;
import org.casebook.storage.Repositories;

/**
 * Freedom of Information campaigns as the member runs them: bodies to ask, a campaign's questions, each request's
 * sending and states, and where every request stands on a given day. Each change is one transaction and returns
 * what undoing it needs. Refusals are {@link IllegalArgumentException}s worded for the member, nothing stored.
 * Drafts and answers are {@link FoiDrafts} and {@link FoiAnswers}; this class keeps the register.
 */
public final class FoiService {

    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:Q(?:uestion)?\\s*)?\\(?(\\d{1,3})[.):]?\\s+(.*)$",
            Pattern.CASE_INSENSITIVE);

    private final FoiClock clock;
    private final StateRules rules;
    private final Clock today;

    public FoiService(FoiClock clock, StateRules rules, Clock today) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.today = Objects.requireNonNull(today, "today");
    }

    /** What importing a list of authorities did. */
    public record BodyImport(int added, int matched, List<String> warnings, List<Long> addedIds,
            List<BodyProfile> profilesBefore) {
        public BodyImport {
            warnings = List.copyOf(warnings);
            addedIds = List.copyOf(addedIds);
            profilesBefore = List.copyOf(profilesBefore);
        }
    }

    /** One request as a member sees it: to whom, where it stands on the day asked about, and its answers. */
    public record RequestView(FoiRequest request, Campaign campaign, Body body, BodyProfile profile,
            RequestClock clock, List<FoiAnswer> answers) {
        public RequestView {
            answers = List.copyOf(answers);
        }

        public FoiState state() {
            return request.state();
        }
    }

    public LocalDate today() {
        return LocalDate.now(today);
    }

    // --- bodies

    /**
     * Adds the authorities of a list (WhatDoTheyKnow's export or a plain list of names and addresses), only those
     * with the tag when one is given. A body already in the case, by name, short name or URL name, is matched and
     * given what the list knows of it, never duplicated. All or nothing.
     */
    public BodyImport importBodies(CaseHandle handle, Path csv, Optional<String> tag) {
        AuthorityList list;
        try {
            list = AuthoritiesCsv.read(csv, tag);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(csv.getFileName() + " could not be read: " + e.getMessage(), e);
        }
        if (list.authorities().isEmpty()) {
            throw new IllegalArgumentException(csv.getFileName() + " has no authorities"
                    + tag.map(t -> " tagged \"" + t + "\"").orElse("") + " to import.");
        }
        return handle.write(r -> {
            int matched = 0;
            List<Long> added = new ArrayList<>();
            List<BodyProfile> before = new ArrayList<>();
            for (Authority a : list.authorities()) {
                Optional<Body> existing = BodyFinder.find(r, a);
                Body body = existing.orElseGet(() -> r.bodies().addBody(a.name()));
                BodyProfile old = r.foi().profile(body.id()).orElseThrow();
                if (existing.isPresent()) {
                    matched++;
                    before.add(old);
                } else {
                    added.add(body.id());
                }
                r.foi().setProfile(merged(old, a));
            }
            return new BodyImport(added.size(), matched, list.warnings(), added, before);
        });
    }

    /** Undoes an import: the bodies it added go (when nothing names them yet), the matched ones get back their profile. */
    public void undoImport(CaseHandle handle, BodyImport done) {
        handle.update(r -> {
            done.profilesBefore().forEach(r.foi()::setProfile);
            boolean used = r.foi().requests().stream().anyMatch(q -> done.addedIds().contains(q.bodyId()));
            if (used) {
                throw new IllegalArgumentException("Requests have been sent to some of these bodies since; "
                        + "they stay in the case.");
            }
            done.addedIds().forEach(r.bodies()::deleteBody);
        });
    }

    private static BodyProfile merged(BodyProfile old, Authority a) {
        List<String> tags = new ArrayList<>(old.tags());
        a.tags().stream().filter(t -> tags.stream().noneMatch(t::equalsIgnoreCase)).forEach(tags::add);
        return new BodyProfile(old.bodyId(), a.shortName().or(old::shortName), a.urlName().or(old::urlName),
                a.foiEmail().or(old::foiEmail), tags, a.homePage().or(old::homePage));
    }

    /** Sets what Casebook knows of a body as a public authority; returns what it knew before, for undo. */
    public BodyProfile setProfile(CaseHandle handle, BodyProfile profile) {
        return handle.write(r -> {
            BodyProfile before = r.foi().profile(profile.bodyId())
                    .orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            r.foi().setProfile(profile);
            return before;
        });
    }

    public List<BodyProfile> profiles(CaseHandle handle) {
        return handle.read(r -> r.foi().profiles());
    }

    /** The body a member means by a name, short name or WhatDoTheyKnow URL name (any case). */
    public Body body(CaseHandle handle, String reference) {
        return handle.read(r -> BodyFinder.byReference(r, reference));
    }

    // --- campaigns

    /** Splits a list of questions, one a line, numbered ("1.", "2)", "Q3") or not; blank lines are left out. */
    public static List<String> questionLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = NUMBERED.matcher(line);
            String question = m.matches() ? m.group(2) : line;
            if (!question.isBlank()) {
                out.add(question.strip());
            }
        }
        return out;
    }

    public Campaign createCampaign(CaseHandle handle, String title, List<String> questions, Optional<String> template) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A campaign needs a title.");
        }
        List<String> clean = questions.stream().filter(q -> q != null && !q.isBlank()).map(String::strip).toList();
        if (clean.isEmpty()) {
            throw new IllegalArgumentException("A campaign needs at least one question.");
        }
        List<CampaignQuestion> numbered = new ArrayList<>();
        for (int i = 0; i < clean.size(); i++) {
            numbered.add(new CampaignQuestion(i + 1, clean.get(i)));
        }
        String text = template.filter(t -> !t.isBlank()).orElse(Campaign.DEFAULT_TEMPLATE);
        return handle.write(r -> r.foi().addCampaign(new Campaign(0, title, numbered, text, today())));
    }

    /** Removes a campaign with its requests, histories and answers (the answers' letters stay). */
    public void deleteCampaign(CaseHandle handle, long campaignId) {
        handle.update(r -> r.foi().deleteCampaign(campaign(r, campaignId).id()));
    }

    public List<Campaign> campaigns(CaseHandle handle) {
        return handle.read(r -> r.foi().campaigns());
    }

    static Campaign campaign(Repositories r, long id) {
        return r.foi().campaign(id).orElseThrow(() -> new IllegalArgumentException("There is no campaign " + id + " in this case."));
    }

    // --- requests

    /** Records that a campaign's request went to a body on a day; its clock starts then. */
    public RequestView recordSent(CaseHandle handle, long campaignId, long bodyId, LocalDate sent, Optional<String> url) {
        LocalDate now = today();
        rules.sentRefusal(sent, now).ifPresent(why -> {
            throw new IllegalArgumentException(why);
        });
        Optional<String> cleanUrl = url.map(String::strip).filter(u -> !u.isEmpty());
        cleanUrl.ifPresent(FoiService::requireWebAddress);
        return handle.write(r -> {
            Campaign campaign = campaign(r, campaignId);
            Body body = r.bodies().body(bodyId).orElseThrow(() -> new IllegalArgumentException("That body is gone."));
            r.foi().requests().stream().filter(q -> q.campaignId() == campaignId && q.bodyId() == bodyId).findFirst()
                    .ifPresent(q -> {
                        throw new IllegalArgumentException("\"" + campaign.title() + "\" was already sent to "
                                + body.name() + " on " + q.sent() + " (request " + q.id() + ").");
                    });
            FoiRequest request = r.foi().addRequest(campaignId, bodyId, sent, cleanUrl);
            return Lookup.of(r).view(request, clock, now);
        });
    }

    /** Takes back a request recorded by mistake, with its history and answers. */
    public void deleteRequest(CaseHandle handle, long requestId) {
        handle.update(r -> r.foi().deleteRequest(request(r, requestId).id()));
    }

    /** Records a new state of a request on a day, when it follows from where the request stands. */
    public StateChange changeState(CaseHandle handle, long requestId, FoiState state, LocalDate date, String note) {
        LocalDate now = today();
        return handle.write(r -> {
            FoiRequest request = request(r, requestId);
            rules.refusal(request, state, date, now).ifPresent(why -> {
                throw new IllegalArgumentException(why);
            });
            return r.foi().addChange(new StateChange(0, requestId, state, date, note));
        });
    }

    /** Undoes a change of state: the entry leaves the history, and the request stands where it stood before. */
    public void undoChange(CaseHandle handle, StateChange change) {
        handle.update(r -> {
            FoiRequest request = request(r, change.requestId());
            if (request.history().size() <= 1) {
                throw new IllegalArgumentException("The first entry of a request's history is its sending.");
            }
            r.foi().deleteChange(change.id());
        });
    }

    public RequestView request(CaseHandle handle, long requestId, LocalDate on) {
        return handle.read(r -> Lookup.of(r).view(request(r, requestId), clock, on));
    }

    /** Every request of the case (or of one campaign) as it stands on a day, by campaign then body. */
    public List<RequestView> requests(CaseHandle handle, Optional<Long> campaignId, LocalDate on) {
        return handle.read(r -> {
            Lookup lookup = Lookup.of(r);
            return r.foi().requests().stream()
                .filter(q -> campaignId.map(id -> q.campaignId() == id).orElse(true))
                .map(q -> lookup.view(q, clock, on))
                .sorted(java.util.Comparator.comparing((RequestView v) -> v.campaign().id())
                        .thenComparing(v -> v.body().name().toLowerCase(Locale.ROOT)))
                .toList();
        });
    }

    /** The requests late on that day, the latest first: for the dashboard and the overdue filter. */
    public List<RequestView> overdue(CaseHandle handle, LocalDate on) {
        return requests(handle, Optional.empty(), on).stream().filter(v -> v.clock().overdue())
                .sorted(java.util.Comparator.comparingInt((RequestView v) -> v.clock().workingDaysLate()).reversed())
                .toList();
    }

    /** A campaign's answers side by side on a day. */
    public AnswerMatrix matrix(CaseHandle handle, long campaignId, LocalDate on) {
        return handle.read(r -> matrix(r, campaign(r, campaignId), on));
    }

    AnswerMatrix matrix(Repositories r, Campaign campaign, LocalDate on) {
        List<FoiRequest> requests = r.foi().requests().stream().filter(q -> q.campaignId() == campaign.id()).toList();
        java.util.Set<Long> requestIds = requests.stream().map(FoiRequest::id).collect(Collectors.toSet());
        // Only this campaign's answers, and only their items' words: not every answer and item in the case.
        List<FoiAnswer> answers = r.foi().answers().stream().filter(a -> requestIds.contains(a.requestId())).toList();
        Map<Long, String> itemTexts = new java.util.HashMap<>();
        for (FoiAnswer a : answers) {
            a.itemId().flatMap(id -> r.items().byId(id)).ifPresent(i -> itemTexts.put(i.id(), FoiAnswers.answerText(i)));
        }
        return MatrixBuilder.build(clock, campaign, requests,
                r.bodies().bodies().stream().collect(Collectors.toMap(Body::id, Body::name)),
                r.foi().profiles().stream().collect(Collectors.toMap(BodyProfile::bodyId, BodyProfile::tags)),
                answers, itemTexts, on);
    }

    static FoiRequest request(Repositories r, long id) {
        return r.foi().request(id).orElseThrow(() -> new IllegalArgumentException("There is no FOI request " + id
                + " in this case."));
    }

    /** What a request's view needs from the case, read once for all the requests shown, not once for each. */
    private record Lookup(Map<Long, Body> bodies, Map<Long, Campaign> campaigns, Map<Long, BodyProfile> profiles,
                          Map<Long, List<FoiAnswer>> answers) {

        static Lookup of(Repositories r) {
            return new Lookup(
                    r.bodies().bodies().stream().collect(Collectors.toMap(Body::id, Function.identity())),
                    r.foi().campaigns().stream().collect(Collectors.toMap(Campaign::id, Function.identity())),
                    r.foi().profiles().stream().collect(Collectors.toMap(BodyProfile::bodyId, Function.identity())),
                    r.foi().answers().stream().collect(Collectors.groupingBy(FoiAnswer::requestId)));
        }

        RequestView view(FoiRequest request, FoiClock clock, LocalDate on) {
            Body body = bodies.get(request.bodyId());
            return new RequestView(request, campaigns.get(request.campaignId()), body,
                    profiles.getOrDefault(body.id(), BodyProfile.none(body.id())), clock.clockOf(request, on),
                    answers.getOrDefault(request.id(), List.of()));
        }
    }

    private static void requireWebAddress(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            if (uri.getScheme() == null || !uri.getScheme().toLowerCase(Locale.ROOT).startsWith("http")
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("\"" + url + "\" is not a web address (it should start https://).");
            }
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("\"" + url + "\" is not a web address: " + e.getReason() + ".");
        }
    }

    /** Writes every request as it stands on a day, as {@code foi list --format json} prints it. */
    public void writeRequestsJson(CaseHandle handle, LocalDate on, java.io.OutputStream out) throws java.io.IOException {
        new org.casebook.exchange.FoiRequestsJson().write(requests(handle, Optional.empty(), on).stream()
                .map(v -> new org.casebook.exchange.FoiRequestsJson.Entry(v.request(), v.body().name(), v.clock(),
                        v.answers()))
                .toList(), out);
    }
}
