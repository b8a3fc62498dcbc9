package org.casebook.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.casebook.domain.Item;
import org.casebook.domain.Letter;
import org.casebook.domain.Note;
import org.casebook.domain.search.HitKind;
import org.casebook.domain.search.LetterContent;
import org.casebook.domain.search.LetterContent.AnswerText;
import org.casebook.domain.search.LetterContent.CommitmentText;

/**
 * Turns one letter's content into its documents: one for the letter, one per item (an item that holds a FOI answer
 * is that answer), one per note and one per commitment. Each document carries the letter's body, meeting and date
 * and, when it belongs to an item, the item's themes, stance and response types, so every filter works on every kind.
 */
final class Documents {

    private Documents() {
    }

    static List<Document> of(LetterContent content) {
        Letter letter = content.letter();
        Map<Long, Item> items = new HashMap<>();
        content.items().forEach(i -> items.put(i.id(), i));
        Map<Long, AnswerText> answers = content.answers().stream()
                .collect(Collectors.toMap(AnswerText::itemId, a -> a, (a, b) -> a));
        List<Document> documents = new ArrayList<>();

        Document whole = base(content, HitKind.LETTER, "letter:" + letter.id());
        text(whole, Fields.TITLE, letter.title());
        text(whole, Fields.FROM, letter.from());
        text(whole, Fields.TO, letter.to());
        content.meetingName().ifPresent(m -> text(whole, Fields.MEETING, m));
        text(whole, Fields.LETTER, letter.fullText());
        all(whole, letter.title(), letter.from(), letter.to(), content.bodyName().orElse(""),
                content.meetingName().orElse(""), letter.fullText());
        documents.add(whole);

        for (Item item : content.items()) {
            AnswerText answer = answers.get(item.id());
            Document d = ofItem(content, item, answer == null ? HitKind.ITEM : HitKind.FOI_ANSWER,
                    "item:" + item.id(), Optional.empty());
            text(d, Fields.CONCERN, item.concern());
            item.response().ifPresent(r -> text(d, Fields.RESPONSE, r));
            text(d, Fields.RATIONALE, item.stanceRationale());
            if (answer != null) {
                text(d, Fields.QUESTION, answer.questionText());
                all(d, answer.questionText(), item.response().orElse(""), item.stanceRationale(), answer.campaignTitle());
            } else {
                all(d, item.concern(), item.response().orElse(""), item.stanceRationale());
            }
            documents.add(d);
        }
        for (Note note : content.notes()) {
            Document d = ofItem(content, items.get(note.itemId()), HitKind.NOTE, "note:" + note.id(),
                    Optional.of(note.id()));
            text(d, Fields.NOTE, note.text());
            all(d, note.text());
            documents.add(d);
        }
        for (CommitmentText commitment : content.commitments()) {
            Item item = commitment.itemId().map(items::get).orElse(null);
            Document d = ofItem(content, item, HitKind.COMMITMENT, "commitment:" + commitment.id(),
                    Optional.of(commitment.id()));
            text(d, Fields.COMMITMENT, commitment.text());
            all(d, commitment.text(), commitment.owner());
            documents.add(d);
        }
        return documents;
    }

    /** A document of {@code kind} with the item's filters and labels, when it belongs to an item. */
    private static Document ofItem(LetterContent content, Item item, HitKind kind, String key, Optional<Long> source) {
        Document d = base(content, kind, key);
        source.ifPresent(id -> d.add(new StoredField(Fields.SOURCE_ID, id)));
        if (item == null) {
            return d;
        }
        d.add(new StoredField(Fields.ITEM_ID, item.id()));
        d.add(new StoredField(Fields.PATH, item.path()));
        d.add(new StoredField(Fields.LABEL, item.label()));
        keyword(d, Fields.STANCE, item.stance().code());
        d.add(new StoredField(Fields.STANCE_SHOWN, item.stance().code()));
        for (String theme : content.themeIds().getOrDefault(item.id(), List.of())) {
            keyword(d, Fields.THEME, theme);
            d.add(new StoredField(Fields.THEMES_SHOWN, theme));
        }
        content.responseTypeIds().getOrDefault(item.id(), List.of()).forEach(t -> keyword(d, Fields.RESPONSE_TYPE, t));
        return d;
    }

    /** What every document has: its key, kind, letter, body, meeting and date. */
    private static Document base(LetterContent content, HitKind kind, String key) {
        Letter letter = content.letter();
        Document d = new Document();
        d.add(new StringField(Fields.KEY, key, Field.Store.NO));
        keyword(d, Fields.KIND, kind.key());
        d.add(new StoredField(Fields.KIND_SHOWN, kind.key()));
        d.add(new StringField(Fields.LETTER_ID, Long.toString(letter.id()), Field.Store.YES));
        d.add(new StoredField(Fields.LETTER_TITLE, letter.title()));
        letter.bodyId().ifPresent(id -> keyword(d, Fields.BODY_ID, Long.toString(id)));
        letter.meetingId().ifPresent(id -> keyword(d, Fields.MEETING_ID, Long.toString(id)));
        content.bodyName().ifPresent(name -> {
            text(d, Fields.BODY, name);
            d.add(new StoredField(Fields.BODY_NAME, name));
        });
        Optional<LocalDate> date = letter.date().or(content::meetingDate);
        date.ifPresent(day -> {
            d.add(new IntPoint(Fields.DAY, (int) day.toEpochDay()));
            d.add(new StoredField(Fields.DAY_SHOWN, (int) day.toEpochDay()));
        });
        return d;
    }

    private static void keyword(Document d, String field, String value) {
        d.add(new StringField(field, value, Field.Store.NO));
    }

    private static void text(Document d, String field, String value) {
        if (!value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    /** The document's words, stored for its snippet, and again unstemmed for spellings. */
    private static void all(Document d, String... parts) {
        String joined = Stream.of(parts).map(String::strip).filter(p -> !p.isEmpty()).collect(Collectors.joining("\n"));
        d.add(new TextField(Fields.ALL, joined, Field.Store.YES));
        d.add(new Field(Fields.WORDS, joined, SPELLING));
    }

    /** Spellings need only which documents hold a word: no positions, frequencies or norms. */
    private static final FieldType SPELLING = spelling();

    private static FieldType spelling() {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(IndexOptions.DOCS);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
