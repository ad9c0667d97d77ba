/** Forums above communities: their pages and API, the communities represented and the meetings recorded. */
package org.harambee.partners.forums;
