package org.harambee.system;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer …}. The access module provides it; the API filter
 * chain runs it before HTTP Basic. It is never registered as a servlet filter of its own.
 */
public abstract class ApiTokenFilter extends OncePerRequestFilter {}
