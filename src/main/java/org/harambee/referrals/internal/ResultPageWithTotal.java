package org.harambee.referrals.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.harambee.system.ResultPage;

/**
 * A page of the referral list or of the SMS dead letters as the API and the pages answer it: the shared {@link
 * ResultPage} ({@code items}, {@code page}, {@code size}, {@code totalItems}) and, for one release, {@code total}
 * beside it, the name these two lists used before, so that clients written against it keep working.
 */
public record ResultPageWithTotal<T>(@JsonUnwrapped ResultPage<T> result) {

    /** What the OpenAPI document says of these lists. */
    public static final String DESCRIPTION =
            "A page of the list: items, page, size and totalItems, as every paged list of the"
                    + " API answers. total, the name this list used before, is deprecated: it carries the same number for one"
                    + " more release and then goes; read totalItems.";

    public static <T> ResultPageWithTotal<T> of(ResultPage<T> result) {
        return new ResultPageWithTotal<>(result);
    }

    /** The items of the page, for the page templates. */
    @JsonIgnore
    public List<T> items() {
        return result.items();
    }

    /** The old name of {@code totalItems}; it goes in the next release. */
    @JsonProperty("total")
    @Schema(deprecated = true, description = "Deprecated: read totalItems; total goes in the next release")
    public long total() {
        return result.totalItems();
    }
}
