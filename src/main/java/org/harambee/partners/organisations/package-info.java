/** Organisations: their pages and API, the register and its checks, the export and the import, and the organisations an account can belong to. */
package org.harambee.partners.organisations;
