package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.io.MaxHeaderLengthLimitException;
import org.apache.james.mime4j.io.MaxHeaderLimitException;
import org.apache.james.mime4j.io.MaxLineLimitException;
import org.apache.james.mime4j.io.MaxNestingDepthLimitException;
import org.apache.james.mime4j.io.MaxPartCountLimitException;
import org.apache.james.mime4j.message.DefaultMessageBuilder;
import org.apache.james.mime4j.stream.MimeConfig;
import org.casebook.importing.model.Attachment;
import org.casebook.importing.model.DocumentFormat;
import org.casebook.importing.model.ImportException;
import org.casebook.importing.model.SourceText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a saved e-mail (.eml) with Apache James Mime4j, under limits that stop a MIME bomb. The letter is the body
 * the sender wrote (plain text preferred to HTML), unless the body is only a cover note ({@link CoverNote}) and a
 * document is attached: then the first attached document Casebook reads is the letter. Either way the letter carries
 * the e-mail's {@link org.casebook.importing.model.Envelope} and its other readable attachments.
 */
public final class EmailDocumentReader implements DocumentReader {

    static final int MAX_HEADERS_PER_PART = 1000;
    static final int MAX_LINE_LENGTH = 100_000;
    static final int MAX_HEADER_LENGTH = 100_000;
    static final int MAX_PARTS = 500;
    static final int MAX_NESTING = 20;

    static final String TOO_DEEP = "is an e-mail whose parts are nested more than " + MAX_NESTING
            + " deep, far beyond any real e-mail; Casebook did not read it further";
    static final String TOO_MANY_PARTS = "is an e-mail with more than " + MAX_PARTS
            + " parts, far beyond any real e-mail; Casebook did not read it further";
    static final String OVERSIZED = "is an e-mail with more headers or longer lines than any real e-mail has; "
            + "Casebook did not read it further";
    static final String DAMAGED = "looks like an e-mail but is damaged and cannot be read";
    static final String SMIME = "is an encrypted (S/MIME) e-mail, which Casebook cannot open; open it in your e-mail "
            + "program and save or print the decrypted letter, then import that";
    static final String PGP = "is an encrypted (PGP) e-mail, which Casebook cannot open; open it in your e-mail "
            + "program and save or print the decrypted letter, then import that";
    static final String NOTHING_READABLE = "is an e-mail with no text of its own and no attachment Casebook can read";
    static final String ALL_UNREADABLE = "is an e-mail with no text of its own whose attachments are all unreadable";

    private static final Logger LOG = LoggerFactory.getLogger(EmailDocumentReader.class);
    private static final MimeConfig LIMITS = MimeConfig.custom()
            .setMaxHeaderCount(MAX_HEADERS_PER_PART)
            .setMaxHeaderLen(MAX_HEADER_LENGTH)
            .setMaxLineLen(MAX_LINE_LENGTH)
            .setMaxPartCount(MAX_PARTS)
            .setMaxNestingDepth(MAX_NESTING)
            .build();

    private final DocumentReaders attachmentReaders;
    private final TextDocumentReader text = new TextDocumentReader();
    private final HtmlDocumentReader html = new HtmlDocumentReader();
    private final CoverNote coverNote = CoverNote.standard();

    /**
     * @param attachmentReaders reads each attached file, with the same size limit as the e-mail itself; it need not
     *                          (and in {@link DocumentReaders#standard()} does not) read e-mails
     */
    public EmailDocumentReader(DocumentReaders attachmentReaders) {
        this.attachmentReaders = Objects.requireNonNull(attachmentReaders, "attachmentReaders");
    }

    @Override
    public String mediaType() {
        return DocumentFormat.EMAIL.mediaType();
    }

    @Override
    public SourceText read(Path file) {
        String name = FormatDetector.fileName(file);
        Message message = parse(file, name);
        try {
            MailParts parts = MailParts.of(message);
            switch (parts.sealed()) {
                case SMIME -> throw new ImportException(name, SMIME);
                case PGP -> throw new ImportException(name, PGP);
                case NONE -> LOG.debug("{}: {} plain, {} HTML body parts, {} attached files", name, parts.plain().size(),
                        parts.html().size(), parts.files().size());
            }
            return letter(name, message, body(name, parts), MailAttachments.read(parts.files(), attachmentReaders));
        } catch (IOException e) {
            throw new ImportException(name, DAMAGED, e);
        } finally {
            message.dispose();
        }
    }

    private SourceText letter(String name, Message message, Optional<SourceText> body, MailAttachments.Read attached) {
        List<Attachment> readable = attached.readable();
        if (body.isEmpty() && readable.isEmpty()) {
            throw new ImportException(name, attached.refusals().isEmpty() ? NOTHING_READABLE
                    : ALL_UNREADABLE + " (" + String.join("; ", attached.refusals()) + ")");
        }
        if (!readable.isEmpty() && body.map(b -> coverNote.isCover(b.fullText())).orElse(true)) {
            LOG.debug("{}: the body is a cover note; the letter is {}", name, readable.get(0).fileName());
            return readable.get(0).text().carriedBy(MailEnvelopes.of(message, true), readable.subList(1, readable.size()));
        }
        return body.orElseThrow().carriedBy(MailEnvelopes.of(message, false), readable);
    }

    private Optional<SourceText> body(String name, MailParts parts) {
        if (!parts.plain().isEmpty()) {
            String plain = joined(name, parts.plain());
            return plain.isBlank() ? Optional.empty() : Optional.of(text.fromText(name, plain));
        }
        if (!parts.html().isEmpty()) {
            try {
                return Optional.of(html.fromHtml(name, joined(name, parts.html())));
            } catch (ImportException e) {
                return Optional.empty(); // an HTML body with no text, e.g. only an image
            }
        }
        return Optional.empty();
    }

    private static String joined(String name, List<MailParts.BodyPart> parts) {
        return parts.stream().map(part -> decoded(name, part)).collect(Collectors.joining("\n\n"));
    }

    /** The declared charset when it is a real one; else the same guess as for a text file (US-ASCII is often a lie). */
    private static String decoded(String name, MailParts.BodyPart part) {
        Optional<Charset> declared = part.charset().flatMap(EmailDocumentReader::charset)
                .filter(c -> !c.equals(StandardCharsets.US_ASCII));
        return declared.map(c -> new String(part.bytes(), c))
                .orElseGet(() -> CharsetSniffer.decode(part.bytes(), name).text());
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException e) {
            return Optional.empty();
        }
    }

    private static Message parse(Path file, String name) {
        DefaultMessageBuilder builder = new DefaultMessageBuilder();
        builder.setMimeEntityConfig(LIMITS);
        builder.setDecodeMonitor(DecodeMonitor.SILENT);
        try (InputStream in = Files.newInputStream(file)) {
            return builder.parseMessage(in);
        } catch (IOException e) {
            throw new ImportException(name, limitMessage(e).orElse(DAMAGED), e);
        }
    }

    /** Mime4j reports a limit as its own exception, wrapped once or twice. */
    private static Optional<String> limitMessage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MaxNestingDepthLimitException) {
                return Optional.of(TOO_DEEP);
            }
            if (t instanceof MaxPartCountLimitException) {
                return Optional.of(TOO_MANY_PARTS);
            }
            if (t instanceof MaxHeaderLimitException || t instanceof MaxHeaderLengthLimitException
                    || t instanceof MaxLineLimitException) {
                return Optional.of(OVERSIZED);
            }
        }
        return Optional.empty();
    }
}
