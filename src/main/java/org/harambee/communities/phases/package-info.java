/**
 * The append-only history of a community's process phases, the rules of their order, and the backlog of communities
 * that asked to start, accepted (entering the first phase) or declined.
 */
package org.harambee.communities.phases;
