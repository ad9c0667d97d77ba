/**
 * Agreements that tie communities and clusters to the wider child protection system: parties, signatories,
 * formality, documents, brokering steps, commitments, reviews and lapses. Other modules read agreements through
 * {@link org.harambee.agreements.Agreements}. Publishes {@link org.harambee.agreements.AgreementInForce},
 * {@link org.harambee.agreements.AgreementLapsed} and {@link org.harambee.agreements.AgreementEnded}; listens to
 * {@link org.harambee.geography.UnitMoved} to keep its unit paths right.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Agreements",
        allowedDependencies = {"access", "communities", "geography", "partners", "referrals", "system"})
package org.harambee.agreements;
