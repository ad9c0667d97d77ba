package org.harambee.access.accounts;

import java.util.Map;
import org.harambee.access.tokens.ApiTokens;
import org.springframework.validation.BindingResult;

/**
 * The form that makes a personal API token, as bound: its name as typed and its days as a number (a value that is no
 * number is refused beside the days, like a number out of range, before a token is made).
 */
record TokenForm(String tokenName, Integer tokenDays) {

    static final int MAX_NAME = 100;

    /** The field → message key of the first thing wrong, or none: the name first, then the days. */
    Map<String, String> problems(BindingResult binding) {
        if (tokenName == null || tokenName.isBlank() || tokenName.length() > MAX_NAME) {
            return Map.of("tokenName", "account.tokens.nameRequired");
        }
        if (binding.hasFieldErrors("tokenDays")
                || tokenDays == null
                || tokenDays < 1
                || tokenDays > ApiTokens.MAX_DAYS) {
            return Map.of("tokenDays", "account.tokens.daysRange");
        }
        return Map.of();
    }
}
