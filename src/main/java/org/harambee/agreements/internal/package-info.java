/**
 * What the features of agreements share: the agreements table and its listings, input records, the views pages and
 * the API show, parties as other modules know them, and unit paths kept right.
 */
package org.harambee.agreements.internal;
