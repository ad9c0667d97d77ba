package org.harambee.system;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a request's body may be ({@code harambee.limits.*}, docs/operations.md): {@code requestBody} for every
 * request (a concern, a form or a sync batch is a few kilobytes), {@code uploadBody} for the uploads of the paths in
 * {@code uploadPaths} (boundary and population files, agreement documents), which the application reads as a stream
 * to disk. Keep {@code uploadBody} equal to {@code spring.servlet.multipart.max-request-size}.
 */
@ConfigurationProperties("harambee.limits")
record BodyLimits(
        @DefaultValue("2MB") DataSize requestBody,
        @DefaultValue("300MB") DataSize uploadBody,

        @DefaultValue({
            "/imports",
            "/api/v1/units/imports",
            "/record-imports/*",
            "/api/v1/record-imports/*",
            "/agreements/*/documents",
            "/api/v1/agreements/*/documents"
        })
        List<String> uploadPaths) {

    BodyLimits {
        if (requestBody.toBytes() < 1 || uploadBody.toBytes() < requestBody.toBytes()) {
            throw new IllegalArgumentException(
                    "harambee.limits: request-body must be positive and upload-body at least as large");
        }
    }
}
