package org.harambee.imports;

import org.springframework.web.multipart.MultipartFile;

/** The checks an uploaded file passes before it is queued, shared by the page and the API. */
final class ImportUploads {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ImportUploads() {}

    /** The message key saying why the file cannot be queued, or {@code null} when it can. */
    static String rejection(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "recordImports.form.empty";
        }
        if (!RecordImports.acceptsFileName(file.getOriginalFilename())) {
            return "recordImports.form.type";
        }
        return null;
    }
}
