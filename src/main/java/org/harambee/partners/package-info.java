/**
 * Partners: the organisations that support communities (government, NGOs, community-based organisations, UN agencies,
 * faith groups), who does what where, their adoption of the community-led approach area by area, and the
 * stakeholders and forums above communities. Other modules look organisations up through
 * {@link org.harambee.partners.Partners}. Publishes {@link org.harambee.partners.AdoptionStepRecorded},
 * {@link org.harambee.partners.PartnerAdopted} and {@link org.harambee.partners.ForumMeetingRecorded}; listens to
 * {@link org.harambee.geography.UnitMoved} to keep its unit paths right.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Partners",
        allowedDependencies = {"access", "geography", "system"})
package org.harambee.partners;
