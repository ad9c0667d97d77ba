/**
 * What a community decided to act on: the harms it selected (with the groups it consulted) and its action plans,
 * whose actions are owned by a role or group, never by a child.
 */
package org.harambee.communities.plans;
