package org.harambee.access.signin;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A password could not be checked now: every turn of the adaptive hash was taken ({@link PasswordCheckTurns}). Not a
 * wrong password and not counted as one: the answer is 503 with {@code Retry-After}. An internal authentication
 * exception, so that no other provider tries the hash instead.
 */
public class SignInBusyException extends InternalAuthenticationServiceException {

    SignInBusyException() {
        super("password checks are busy");
    }
}
