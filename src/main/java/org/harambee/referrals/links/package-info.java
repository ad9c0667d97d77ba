/** One-time links for service points not on the platform: issuing them, and the page and answers behind a link. */
package org.harambee.referrals.links;
