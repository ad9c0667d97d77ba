package org.harambee.access.accounts;

/**
 * The form that changes the signed-in user's password, as bound. The rules of a password stay in
 * {@link PasswordChange}; the form checks only what belongs to it, that the new password was typed twice alike. Its
 * text never shows the passwords, so that no log line or error page can carry them.
 */
record PasswordForm(String currentPassword, String newPassword, String confirmPassword) {

    /** Whether the confirmation matches the new password (nothing to compare when no new password was sent). */
    boolean confirmed() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }

    @Override
    public String toString() {
        return "PasswordForm[currentPassword=*, newPassword=*, confirmPassword=*]";
    }
}
