package org.harambee.agreements.documents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Attached documents: the list without their content, and one with its content for a download. */
@Repository
public class DocumentRecords {

    public record Document(
            UUID id,
            UUID agreementId,
            String filename,
            String contentType,
            long sizeBytes,
            String createdBy,
            Instant createdAt) {}

    public record Content(Document document, byte[] bytes) {}

    private final JdbcClient jdbc;

    DocumentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Document> list(UUID agreementId) {
        return jdbc.sql("select id, agreement_id, filename, content_type, size_bytes, created_by, created_at"
                        + " from agreement_document where agreement_id = ? order by created_at")
                .param(agreementId)
                .query((rs, i) -> new Document(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, UUID.class),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }

    Optional<Content> content(UUID id) {
        return jdbc.sql("select id, agreement_id, filename, content_type, size_bytes, created_by, created_at, content"
                        + " from agreement_document where id = ?")
                .param(id)
                .query((rs, i) -> new Content(
                        new Document(
                                rs.getObject(1, UUID.class),
                                rs.getObject(2, UUID.class),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getString(6),
                                rs.getTimestamp(7).toInstant()),
                        rs.getBytes(8)))
                .optional();
    }

    void insert(Document d, byte[] content) {
        jdbc.sql("insert into agreement_document (id, agreement_id, filename, content_type, size_bytes, content,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        d.id(),
                        d.agreementId(),
                        d.filename(),
                        d.contentType(),
                        d.sizeBytes(),
                        content,
                        d.createdBy(),
                        Timestamp.from(d.createdAt()))
                .update();
    }
}
