/**
 * Partners: the organisations that support communities (government, NGOs, community-based organisations, UN agencies,
 * faith groups), where they work, their adoption of the community-led approach, and the stakeholders and forums above
 * communities. Other modules look organisations up through {@link org.harambee.partners.Partners}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partners")
package org.harambee.partners;
