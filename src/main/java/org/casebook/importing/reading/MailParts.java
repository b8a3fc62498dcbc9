package org.casebook.importing.reading;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.SingleBody;
import org.apache.james.mime4j.dom.TextBody;

/**
 * The parts of a parsed e-mail that matter to Casebook: the body the sender wrote (its plain-text form when there is
 * one, else its HTML form) and the attached files, with their bytes decoded from the transfer encoding.
 */
final class MailParts {

    /** A part of the body the sender wrote, its bytes decoded from the transfer encoding, with its declared charset. */
    record BodyPart(byte[] bytes, Optional<String> charset) {
    }

    /** An attached file as the e-mail names it. */
    record AttachedFile(String name, String mimeType, byte[] bytes) {
    }

    /** What the body is, when Casebook cannot read it at all. */
    enum Sealed {
        NONE, SMIME, PGP
    }

    /** Parts that are not documents: signatures, calendar invitations, contact cards. */
    private static final Set<String> NOT_DOCUMENTS = Set.of("application/pkcs7-signature", "application/x-pkcs7-signature",
            "application/pgp-signature", "application/pgp-keys", "text/calendar", "text/vcard", "text/x-vcard",
            "message/delivery-status", "text/rfc822-headers");

    /** An inline PGP message starts within the first lines of the body. */
    private static final int PGP_SAMPLE = 4096;

    private final List<BodyPart> plain = new ArrayList<>();
    private final List<BodyPart> html = new ArrayList<>();
    private final List<AttachedFile> files = new ArrayList<>();
    private Sealed sealed = Sealed.NONE;

    private MailParts() {
    }

    static MailParts of(Message message) throws IOException {
        MailParts parts = new MailParts();
        parts.entity(message);
        return parts;
    }

    List<BodyPart> plain() {
        return plain;
    }

    List<BodyPart> html() {
        return html;
    }

    List<AttachedFile> files() {
        return files;
    }

    Sealed sealed() {
        return sealed;
    }

    private void entity(Entity entity) throws IOException {
        String type = entity.getMimeType().toLowerCase(Locale.ROOT);
        Body body = entity.getBody();
        if (type.equals("multipart/encrypted") || type.equals("application/pgp-encrypted")) {
            sealed = Sealed.PGP;
        } else if (type.equals("application/pkcs7-mime") || type.equals("application/x-pkcs7-mime")) {
            sealed = Sealed.SMIME;
        } else if (body instanceof Multipart multipart) {
            List<Entity> children = type.equals("multipart/alternative") && !multipart.getBodyParts().isEmpty()
                    ? List.of(preferredAlternative(multipart.getBodyParts())) : multipart.getBodyParts();
            for (Entity child : children) {
                entity(child);
            }
        } else if (body instanceof Message && entity.getParent() != null) {
            // A forwarded e-mail attached whole: not read, as Casebook reads no e-mail inside an e-mail.
        } else if (body instanceof SingleBody single && !NOT_DOCUMENTS.contains(type)) {
            leaf(entity, type, single);
        }
    }

    private void leaf(Entity entity, String type, SingleBody body) throws IOException {
        Optional<String> fileName = Optional.ofNullable(entity.getFilename())
                .map(n -> DecoderUtil.decodeEncodedWords(n, DecodeMonitor.SILENT)).filter(n -> !n.isBlank());
        boolean attached = "attachment".equalsIgnoreCase(entity.getDispositionType()) || fileName.isPresent();
        byte[] bytes = bytes(body);
        if (!attached && type.equals("text/plain")) {
            plain.add(new BodyPart(bytes, charset(body)));
        } else if (!attached && type.equals("text/html")) {
            html.add(new BodyPart(bytes, charset(body)));
        } else if (attached) {
            files.add(new AttachedFile(fileName.orElse("attachment " + (files.size() + 1)), type, bytes));
        }
        if (!attached && new String(bytes, 0, Math.min(bytes.length, PGP_SAMPLE), StandardCharsets.ISO_8859_1)
                .contains("-----BEGIN PGP MESSAGE-----")) {
            sealed = Sealed.PGP;
        }
    }

    /** The plain-text alternative when there is one (it is what the sender typed), else the last, richest one. */
    private static Entity preferredAlternative(List<Entity> alternatives) {
        return alternatives.stream().filter(e -> e.getMimeType().equalsIgnoreCase("text/plain")).findFirst()
                .orElse(alternatives.get(alternatives.size() - 1));
    }

    private static Optional<String> charset(SingleBody body) {
        return body instanceof TextBody text ? Optional.ofNullable(text.getMimeCharset()).filter(c -> !c.isBlank())
                : Optional.empty();
    }

    private static byte[] bytes(SingleBody body) throws IOException {
        try (InputStream in = body.getInputStream()) {
            return in.readAllBytes();
        }
    }
}
