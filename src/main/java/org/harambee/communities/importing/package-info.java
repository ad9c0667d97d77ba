/** Communities from a spreadsheet: each line read and checked, new communities written in batches (decision 0040). */
package org.harambee.communities.importing;
