package org.harambee.geography.importing;

import org.springframework.web.multipart.MultipartFile;

/** The checks an uploaded file passes before it is queued, shared by the page and the API. */
final class ImportForm {

    private ImportForm() {}

    /** The message key saying why the file cannot be queued, or null when it can. */
    static String rejection(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "imports.form.empty";
        }
        if (!ImportJobs.acceptsFileName(file.getOriginalFilename())) {
            return "imports.form.type";
        }
        return null;
    }
}
