/** The parts of an agreement: signatories, brokering steps and commitments, and the forms that add them. */
package org.harambee.agreements.parts;
