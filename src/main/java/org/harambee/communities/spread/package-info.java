/** Peer spread: who passed the approach on to whom (told, visited, hosted an exchange, asked to start), and when. */
package org.harambee.communities.spread;
