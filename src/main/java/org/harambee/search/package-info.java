/**
 * Search: the box in the header of every page, {@code GET /search} and {@code GET /api/v1/search}. Owns no table: each
 * module answers for its own records through its read service ({@code CommunitySearch}, {@code ReferralSearch}…), by
 * the folded words of their names, with its own permission and need-to-know rules (decision 0034). Publishes and
 * listens to no event.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Search",
        allowedDependencies = {"access", "agreements", "capacity", "communities", "partners", "referrals", "system"})
package org.harambee.search;
