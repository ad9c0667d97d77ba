/** Adoption of the community-led approach per organisation and area: the pipeline, its pages and API. */
package org.harambee.partners.adoptions;
