/**
 * Agreements that tie communities and clusters to the wider child protection system: parties, signatories,
 * formality, documents, brokering steps, commitments, reviews and lapses. Other modules read agreements through
 * {@link org.harambee.agreements.Agreements}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreements")
package org.harambee.agreements;
