package org.harambee.agreements.documents;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.harambee.access.AuditTrail;
import org.harambee.access.CurrentUser;
import org.harambee.access.Permission;
import org.harambee.access.Scopes;
import org.harambee.agreements.internal.AgreementRecords;
import org.harambee.system.Ids;
import org.harambee.system.InvalidInputException;
import org.harambee.system.InvalidInputException.FieldProblem;
import org.harambee.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Documents attached to an agreement: a PDF, PNG or JPEG of at most 5 MB. The type is read from the file's first
 * bytes, never from its name or the type the browser claims, so that a renamed executable is refused; the stored
 * type is the one found. Every download is audited.
 */
@Service
public class AgreementDocuments {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private final AgreementRecords records;
    private final DocumentRecords documents;
    private final Scopes scopes;
    private final AuditTrail audit;

    AgreementDocuments(AgreementRecords records, DocumentRecords documents, Scopes scopes, AuditTrail audit) {
        this.records = records;
        this.documents = documents;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The content type of a PDF, PNG or JPEG file; null for anything else. */
    public static String contentType(byte[] bytes) {
        if (startsWith(bytes, PDF)) {
            return "application/pdf";
        }
        if (startsWith(bytes, PNG)) {
            return "image/png";
        }
        return startsWith(bytes, JPEG) ? "image/jpeg" : null;
    }

    /** Keeps the file's own name without any folder, and without characters that would break a header. */
    public static String filename(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1)
                .replaceAll("[\\p{Cntrl}\"]", "")
                .trim();
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isEmpty() ? "document" : name;
    }

    /** Attaches a file; {@code bytes} may be null when {@code size} is over the limit (it is then not read). */
    @Transactional
    public UUID attach(UUID agreementId, String originalName, long size, byte[] bytes) {
        AgreementRecords.Row row =
                records.lock(agreementId).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.MANAGE_AGREEMENTS, row.unitPath());
        String type = bytes == null ? null : contentType(bytes);
        if (size <= 0) {
            fail("agreements.document.required");
        } else if (size > MAX_BYTES) {
            fail("agreements.document.tooLarge");
        } else if (type == null) {
            fail("agreements.document.type");
        }
        UUID id = Ids.newId();
        documents.insert(
                new DocumentRecords.Document(
                        id, agreementId, filename(originalName), type, bytes.length, CurrentUser.name(), Instant.now()),
                bytes);
        audit.record(
                "AGREEMENT_DOCUMENT_ATTACHED",
                "agreement",
                agreementId.toString(),
                row.unitId(),
                row.unitPath(),
                id + " " + type + " " + bytes.length + " bytes");
        return id;
    }

    /** The document with its content, when the reader may see its agreement; the read is audited. */
    @Transactional(readOnly = true)
    public DocumentRecords.Content download(UUID id) {
        DocumentRecords.Content content =
                documents.content(id).orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        AgreementRecords.Row row = records.find(content.document().agreementId())
                .orElseThrow(NotFoundException.of("problem.agreementNotFound"));
        scopes.require(Permission.VIEW_PROGRAMME, row.unitPath());
        audit.record(
                "AGREEMENT_DOCUMENT_DOWNLOADED",
                "agreement",
                row.id().toString(),
                row.unitId(),
                row.unitPath(),
                id.toString());
        return content;
    }

    private static void fail(String key) {
        throw new InvalidInputException(List.of(new FieldProblem("file", key)));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
