package org.casebook.ui.workspace;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.casebook.domain.Letter;
import org.casebook.domain.SourceFile;
import org.casebook.ui.common.Messages;

/**
 * How a letter is tied to an e-mail (ADR 19): the title of the e-mail's letter it came attached to, or the names of
 * the documents attached to it when it is the e-mail's letter. Neither for a letter that came on its own.
 */
public record LetterLinks(Optional<String> attachedTo, List<String> attachments) {

    public static final LetterLinks NONE = new LetterLinks(Optional.empty(), List.of());

    public LetterLinks {
        Objects.requireNonNull(attachedTo, "attachedTo");
        attachments = List.copyOf(attachments);
    }

    /** The links of every letter of the case that has any, by letter id. */
    static Map<Long, LetterLinks> of(Collection<Letter> letters) {
        Map<Long, Letter> byId = letters.stream().collect(Collectors.toMap(Letter::id, Function.identity()));
        Map<Long, List<String>> attachmentsByEmail = letters.stream().filter(l -> l.attachedTo().isPresent())
                .sorted(Comparator.comparingLong(Letter::id))
                .collect(Collectors.groupingBy(l -> l.attachedTo().orElseThrow(), Collectors.mapping(
                        l -> l.source().map(SourceFile::fileName).orElse(l.title()), Collectors.toList())));
        return letters.stream()
                .map(l -> Map.entry(l.id(), new LetterLinks(l.attachedTo().map(byId::get).map(Letter::title),
                        attachmentsByEmail.getOrDefault(l.id(), List.of()))))
                .filter(e -> !e.getValue().equals(NONE))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What the item pane says under the letter's title; empty when the letter came on its own. */
    public String describe(Messages messages) {
        if (attachedTo.isPresent()) {
            return messages.format("detail.letter.attachedTo", attachedTo.get());
        }
        return attachments.isEmpty() ? "" : messages.format("detail.letter.attachments", String.join(", ", attachments));
    }
}
