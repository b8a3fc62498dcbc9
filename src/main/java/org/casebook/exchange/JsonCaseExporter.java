package org.casebook.exchange;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.CaseSnapshot;
import org.casebook.domain.Commitment;
import org.casebook.domain.CommitmentSource;
import org.casebook.domain.CommitmentStatus;
import org.casebook.domain.Item;
import org.casebook.domain.ItemTag;
import org.casebook.domain.Letter;
import org.casebook.domain.SuggestionEvidence;
import org.casebook.domain.TagState;
import org.casebook.domain.TextSpan;
import org.casebook.domain.ThreadStep;
import org.casebook.exchange.CaseJson.BodyJson;
import org.casebook.domain.Body;
import org.casebook.domain.foi.BodyProfile;
import org.casebook.domain.foi.FoiSnapshot;
import org.casebook.exchange.CaseJson.CaseInfo;
import org.casebook.exchange.CaseJson.CodebookJson;
import org.casebook.exchange.CaseJson.CommitmentJson;
import org.casebook.exchange.CaseJson.EvidenceJson;
import org.casebook.exchange.CaseJson.ItemJson;
import org.casebook.exchange.CaseJson.LetterJson;
import org.casebook.exchange.CaseJson.MeetingJson;
import org.casebook.exchange.CaseJson.NoteJson;
import org.casebook.exchange.CaseJson.ResponseTypeJson;
import org.casebook.exchange.CaseJson.SourceJson;
import org.casebook.exchange.CaseJson.SpanJson;
import org.casebook.exchange.CaseJson.StatusChangeJson;
import org.casebook.exchange.CaseJson.ThemeJson;
import org.casebook.exchange.CaseJson.ThreadJson;

/** Writes a whole case as JSON, schema version {@value CaseJson#SCHEMA_VERSION}. */
public final class JsonCaseExporter {

    private final ObjectMapper mapper = new ObjectMapper()
            .setPropertyNamingStrategy(new LeadingUnderscoreStripped())
            .enable(SerializationFeature.INDENT_OUTPUT)
            // The caller owns the stream (it may be standard output) and closes it when it is done.
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    private final String generator;

    public JsonCaseExporter(String generator) {
        this.generator = generator;
    }

    /** Writes the case to {@code out}, flushed and left open; threads without their markers. */
    public void write(String caseName, CaseSnapshot snapshot, OutputStream out) throws IOException {
        write(caseName, snapshot, Map.of(), out);
    }

    /** Writes the case with the markers of each thread's steps ({@code steps} by thread id). */
    public void write(String caseName, CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps, OutputStream out)
            throws IOException {
        write(caseName, snapshot, steps, PackSettingsExport.NONE, out);
    }

    /** Writes the case with its threads' markers and its briefing-pack settings. */
    public void write(String caseName, CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps,
                      PackSettingsExport pack, OutputStream out) throws IOException {
        write(caseName, snapshot, FoiSnapshot.EMPTY, steps, pack, out);
    }

    /** Writes the case with its FOI campaigns, its threads' markers and its briefing-pack settings. */
    public void write(String caseName, CaseSnapshot snapshot, FoiSnapshot foi, Map<Long, List<ThreadStep>> steps,
                      PackSettingsExport pack, OutputStream out) throws IOException {
        mapper.writeValue(out, toJson(caseName, snapshot, foi, steps, pack));
    }

    public String writeToString(String caseName, CaseSnapshot snapshot) throws IOException {
        return mapper.writeValueAsString(toJson(caseName, snapshot, Map.of()));
    }

    CaseJson toJson(String caseName, CaseSnapshot snapshot) {
        return toJson(caseName, snapshot, Map.of());
    }

    CaseJson toJson(String caseName, CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps) {
        return toJson(caseName, snapshot, steps, PackSettingsExport.NONE);
    }

    CaseJson toJson(String caseName, CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps,
                    PackSettingsExport pack) {
        return toJson(caseName, snapshot, FoiSnapshot.EMPTY, steps, pack);
    }

    CaseJson toJson(String caseName, CaseSnapshot snapshot, FoiSnapshot foi, Map<Long, List<ThreadStep>> steps,
                    PackSettingsExport pack) {
        Map<Long, BodyProfile> profiles = foi.profiles().stream()
                .collect(Collectors.toMap(BodyProfile::bodyId, Function.identity()));
        Map<Long, Item> itemsById = snapshot.items().stream().collect(Collectors.toMap(Item::id, Function.identity()));
        return new CaseJson(CaseJson.SCHEMA_VERSION, generator, new CaseInfo(caseName),
                new CodebookJson(
                        snapshot.codebook().themes().stream().map(t -> new ThemeJson(t.id(), t.name(), t.description(),
                                t.parentId().orElse(null), t.colour())).toList(),
                        snapshot.codebook().responseTypes().stream()
                                .map(r -> new ResponseTypeJson(r.id(), r.name(), r.description())).toList()),
                snapshot.bodies().stream().map(b -> body(b, profiles.getOrDefault(b.id(), BodyProfile.none(b.id()))))
                        .toList(),
                snapshot.meetings().stream()
                        .map(m -> new MeetingJson(m.id(), m.bodyId(), m.name(), date(m.date()))).toList(),
                snapshot.letters().stream().map(l -> letter(l, snapshot, itemsById)).toList(),
                snapshot.threads().stream().map(t -> ThreadJson.of(t, steps.getOrDefault(t.id(), List.of()))).toList(),
                FoiJson.of(foi), pack);
    }

    private static BodyJson body(Body b, BodyProfile p) {
        return new BodyJson(b.id(), b.name(), p.shortName().orElse(null), p.urlName().orElse(null),
                p.foiEmail().orElse(null), p.tags(), p.homePage().orElse(null));
    }

    private static LetterJson letter(Letter letter, CaseSnapshot snapshot, Map<Long, Item> itemsById) {
        List<ItemJson> items = snapshot.itemsOf(letter.id()).stream().map(i -> item(i, snapshot)).toList();
        // A rejected commitment is kept in the case only so it is not suggested again; like a rejected tag, it is
        // not part of the case's content.
        List<CommitmentJson> commitments = snapshot.commitments().stream()
                .filter(c -> c.letterId() == letter.id() && c.status() != CommitmentStatus.REJECTED)
                .map(c -> commitment(c, itemsById))
                .toList();
        return new LetterJson(letter.id(), letter.title(), date(letter.date()), letter.from(), letter.to(),
                letter.bodyId().orElse(null), letter.meetingId().orElse(null), letter.attachedTo().orElse(null),
                letter.source().map(s -> new SourceJson(s.fileName(), s.mediaType(), s.sha256())).orElse(null),
                letter.intro(), letter.closing(), letter.fullText(), items, commitments);
    }

    private static ItemJson item(Item item, CaseSnapshot snapshot) {
        long id = item.id();
        return new ItemJson(id, item.path(), item.label(), item.parentId().orElse(null), item.order(), item.concern(),
                item.response().orElse(null), span(item.concernSpan()), span(item.responseSpan()),
                snapshot.tagIds(snapshot.itemThemes(), id, TagState.CONFIRMED),
                snapshot.tagIds(snapshot.itemThemes(), id, TagState.SUGGESTED),
                snapshot.tagIds(snapshot.itemResponseTypes(), id, TagState.CONFIRMED),
                snapshot.tagIds(snapshot.itemResponseTypes(), id, TagState.SUGGESTED),
                evidence(snapshot, id),
                item.stance().code(), item.stanceRationale(),
                snapshot.notes().stream().filter(n -> n.itemId() == id)
                        .map(n -> new NoteJson(n.id(), n.text(), n.created().toString())).toList());
    }

    /** Evidence of the item's suggested and accepted codes, themes first; rejected ones are not exported. */
    private static List<EvidenceJson> evidence(CaseSnapshot snapshot, long itemId) {
        return java.util.stream.Stream.concat(
                        evidence(snapshot.itemThemes(), itemId, "theme"),
                        evidence(snapshot.itemResponseTypes(), itemId, "responseType"))
                .toList();
    }

    private static java.util.stream.Stream<EvidenceJson> evidence(List<ItemTag> tags, long itemId, String kind) {
        return tags.stream().filter(t -> t.itemId() == itemId && t.state() != TagState.REJECTED)
                .flatMap(t -> t.evidence().stream()
                        .map(e -> new EvidenceJson(kind, t.codeId(), e.rule(), e.matched())));
    }

    private static CommitmentJson commitment(Commitment commitment, Map<Long, Item> itemsById) {
        String itemPath = commitment.source() == CommitmentSource.ITEM
                ? commitment.itemId().map(itemsById::get).map(Item::path).orElse(null)
                : commitment.source().name().toLowerCase(java.util.Locale.ROOT);
        return new CommitmentJson(commitment.id(), commitment.itemId().orElse(null), itemPath, commitment.text(),
                commitment.owner(), commitment.status().code(), date(commitment.due()),
                commitment.history().stream()
                        .map(h -> new StatusChangeJson(h.date().toString(), h.status().code(), h.evidence())).toList(),
                commitment.evidence().map(SuggestionEvidence::rule).orElse(null),
                commitment.evidence().map(SuggestionEvidence::matched).orElse(null));
    }

    private static SpanJson span(Optional<TextSpan> span) {
        return span.map(s -> new SpanJson(s.start(), s.end())).orElse(null);
    }

    private static String date(Optional<LocalDate> date) {
        return date.map(LocalDate::toString).orElse(null);
    }

    /** Lets a record component named {@code _case} appear as {@code case}, a word Java reserves. */
    private static final class LeadingUnderscoreStripped extends PropertyNamingStrategies.NamingBase {
        private static final long serialVersionUID = 1L;

        @Override
        public String translate(String name) {
            return name.startsWith("_") ? name.substring(1) : name;
        }
    }
}
