package org.harambee.referrals;

/**
 * The numbers to call at once in an emergency where a child is: the emergency services and the child helpline, each
 * recorded on the pathway of the nearest unit that has it ({@code emergencyFrom}, {@code helplineFrom}: its name).
 * Either may be unknown (null).
 */
public record EmergencyNumbers(String emergency, String emergencyFrom, String helpline, String helplineFrom) {

    public static final EmergencyNumbers NONE = new EmergencyNumbers(null, null, null, null);

    public boolean any() {
        return emergency != null || helpline != null;
    }
}
