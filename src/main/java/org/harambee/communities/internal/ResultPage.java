package org.harambee.communities.internal;

import java.util.List;

/** One page of a listing and the number of items in all pages. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {}
