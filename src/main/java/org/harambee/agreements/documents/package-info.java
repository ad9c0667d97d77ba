/** Documents attached to an agreement (scans checked by their content) and its printable summary. */
package org.harambee.agreements.documents;
