/**
 * Clusters: groups of neighbouring communities with a lead organisation, placed at the lowest unit holding all their
 * members or at a unit the user chose that holds them all.
 */
package org.harambee.communities.clusters;
