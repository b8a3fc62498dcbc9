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

    /** Made the first time a case is written, not when the app starts: Jackson's databind is some 400 classes. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(new LeadingUnderscoreStripped())
                .enable(SerializationFeature.INDENT_OUTPUT)
                // The caller owns the stream (it may be standard output) and closes it when it is done.
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                // A case is written a letter at a time: the stream is flushed once, at the end, not after each letter.
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

        private Json() {
        }
    }

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
        write(caseName, snapshot, foi, steps, pack, List.of(snapshot), out);
    }

    /**
     * Writes the case as it is read, a batch of letters at a time, so that memory holds one batch and never the whole
     * case: {@code outline} gives the codebook, bodies, meetings and threads; each of {@code letterBatches} (read as
     * the letters are written) holds some letters, in the case's order, with their items, tags, notes and
     * commitments. The JSON is the same as the whole case's written at once.
     */
    public void write(String caseName, CaseSnapshot outline, FoiSnapshot foi, Map<Long, List<ThreadStep>> steps,
                      PackSettingsExport pack, Iterable<CaseSnapshot> letterBatches, OutputStream out) throws IOException {
        try (JsonGenerator g = Json.MAPPER.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schemaVersion", CaseJson.SCHEMA_VERSION);
            g.writeStringField("generator", generator);
            field(g, "case", new CaseInfo(caseName));
            field(g, "codebook", codebook(outline));
            field(g, "bodies", bodies(outline, foi));
            field(g, "meetings", meetings(outline));
            g.writeFieldName("letters");
            g.writeStartArray();
            for (CaseSnapshot batch : letterBatches) {
                ByOwner owned = ByOwner.of(batch);
                for (Letter letter : batch.letters()) {
                    Json.MAPPER.writeValue(g, letter(letter, owned));
                }
            }
            g.writeEndArray();
            field(g, "threads", threads(outline, steps));
            field(g, "campaigns", FoiJson.of(foi));
            field(g, "pack", pack);
            g.writeEndObject();
        }
    }

    private void field(JsonGenerator g, String name, Object value) throws IOException {
        g.writeFieldName(name);
        Json.MAPPER.writeValue(g, value);
    }

    private static CodebookJson codebook(CaseSnapshot snapshot) {
        return new CodebookJson(
                snapshot.codebook().themes().stream().map(t -> new ThemeJson(t.id(), t.name(), t.description(),
                        t.parentId().orElse(null), t.colour())).toList(),
                snapshot.codebook().responseTypes().stream()
                        .map(r -> new ResponseTypeJson(r.id(), r.name(), r.description())).toList());
    }

    /** The bodies, each with its FOI profile (or none). */
    private static List<BodyJson> bodies(CaseSnapshot snapshot, FoiSnapshot foi) {
        Map<Long, BodyProfile> profiles = foi.profiles().stream()
                .collect(Collectors.toMap(BodyProfile::bodyId, Function.identity()));
        return snapshot.bodies().stream().map(b -> body(b, profiles.getOrDefault(b.id(), BodyProfile.none(b.id()))))
                .toList();
    }

    private static List<MeetingJson> meetings(CaseSnapshot snapshot) {
        return snapshot.meetings().stream().map(m -> new MeetingJson(m.id(), m.bodyId(), m.name(), date(m.date())))
                .toList();
    }

    private static List<ThreadJson> threads(CaseSnapshot snapshot, Map<Long, List<ThreadStep>> steps) {
        return snapshot.threads().stream().map(t -> ThreadJson.of(t, steps.getOrDefault(t.id(), List.of()))).toList();
    }

    public String writeToString(String caseName, CaseSnapshot snapshot) throws IOException {
        return Json.MAPPER.writeValueAsString(toJson(caseName, snapshot, Map.of()));
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
        ByOwner owned = ByOwner.of(snapshot);
        return new CaseJson(CaseJson.SCHEMA_VERSION, generator, new CaseInfo(caseName), codebook(snapshot),
                bodies(snapshot, foi), meetings(snapshot), snapshot.letters().stream().map(l -> letter(l, owned)).toList(),
                threads(snapshot, steps), FoiJson.of(foi), pack);
    }

    private static BodyJson body(Body b, BodyProfile p) {
        return new BodyJson(b.id(), b.name(), p.shortName().orElse(null), p.urlName().orElse(null),
                p.foiEmail().orElse(null), p.tags(), p.homePage().orElse(null));
    }

    /**
     * The snapshot's rows grouped by the letter or item they belong to, made once per export: looking them up per
     * letter and per item in the snapshot's flat lists made an export quadratic in the size of the case.
     */
    private record ByOwner(Map<Long, List<Item>> items, Map<Long, List<Commitment>> commitments,
                           Map<Long, List<ItemTag>> themes, Map<Long, List<ItemTag>> responseTypes,
                           Map<Long, List<org.casebook.domain.Note>> notes, Map<Long, Item> itemsById) {

        static ByOwner of(CaseSnapshot snapshot) {
            return new ByOwner(
                    snapshot.items().stream().collect(Collectors.groupingBy(Item::letterId)),
                    snapshot.commitments().stream().collect(Collectors.groupingBy(Commitment::letterId)),
                    snapshot.itemThemes().stream().collect(Collectors.groupingBy(ItemTag::itemId)),
                    snapshot.itemResponseTypes().stream().collect(Collectors.groupingBy(ItemTag::itemId)),
                    snapshot.notes().stream().collect(Collectors.groupingBy(org.casebook.domain.Note::itemId)),
                    snapshot.items().stream().collect(Collectors.toMap(Item::id, Function.identity())));
        }
    }

    private static LetterJson letter(Letter letter, ByOwner owned) {
        List<ItemJson> items = owned.items().getOrDefault(letter.id(), List.of()).stream().map(i -> item(i, owned)).toList();
        // A rejected commitment is kept in the case only so it is not suggested again; like a rejected tag, it is
        // not part of the case's content.
        List<CommitmentJson> commitments = owned.commitments().getOrDefault(letter.id(), List.of()).stream()
                .filter(c -> c.status() != CommitmentStatus.REJECTED)
                .map(c -> commitment(c, owned.itemsById()))
                .toList();
        return new LetterJson(letter.id(), letter.title(), date(letter.date()), letter.from(), letter.to(),
                letter.bodyId().orElse(null), letter.meetingId().orElse(null), letter.attachedTo().orElse(null),
                letter.source().map(s -> new SourceJson(s.fileName(), s.mediaType(), s.sha256())).orElse(null),
                letter.intro(), letter.closing(), letter.fullText(), items, commitments);
    }

    private static ItemJson item(Item item, ByOwner owned) {
        long id = item.id();
        List<ItemTag> themes = owned.themes().getOrDefault(id, List.of());
        List<ItemTag> types = owned.responseTypes().getOrDefault(id, List.of());
        return new ItemJson(id, item.path(), item.label(), item.parentId().orElse(null), item.order(), item.concern(),
                item.response().orElse(null), span(item.concernSpan()), span(item.responseSpan()),
                codes(themes, TagState.CONFIRMED), codes(themes, TagState.SUGGESTED),
                codes(types, TagState.CONFIRMED), codes(types, TagState.SUGGESTED),
                java.util.stream.Stream.concat(evidence(themes, "theme"), evidence(types, "responseType")).toList(),
                item.stance().code(), item.stanceRationale(),
                owned.notes().getOrDefault(id, List.of()).stream()
                        .map(n -> new NoteJson(n.id(), n.text(), n.created().toString())).toList());
    }

    private static List<String> codes(List<ItemTag> tags, TagState state) {
        return tags.stream().filter(t -> t.state() == state).map(ItemTag::codeId).toList();
    }

    /** Evidence of the item's suggested and accepted codes; rejected ones are not exported. */
    private static java.util.stream.Stream<EvidenceJson> evidence(List<ItemTag> tags, String kind) {
        return tags.stream().filter(t -> t.state() != TagState.REJECTED)
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
