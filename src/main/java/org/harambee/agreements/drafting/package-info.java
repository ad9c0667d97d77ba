/**
 * Writing an agreement and reading it: its pages and API, the draft and its parties as a form names them, the list
 * and its export.
 */
package org.harambee.agreements.drafting;
