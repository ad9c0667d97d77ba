package org.harambee.geography;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;

/** The names of one administrative level (0 = the country) by language code, e.g. 2 → {en: District, fr: District}. */
public record LevelNames(
        @Min(0) @Max(9) int level,

        @NotEmpty
        Map<
                        @Pattern(regexp = "[a-z]{2,3}", message = "{levels.language.invalid}") String,
                        @NotBlank @Size(max = 100) String>
                names) {}
