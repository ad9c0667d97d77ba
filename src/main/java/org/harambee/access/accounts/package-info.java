/** Accounts: their pages and API, roles and profiles, the import of accounts, passwords set by an administrator or changed by their holder. */
package org.harambee.access.accounts;
