package org.harambee.sync;

import org.harambee.OnPostgres;
import org.springframework.context.annotation.Import;

/** The same counts against PostgreSQL, where the driver rewrites the appended rows' JDBC batches. */
@OnPostgres
@Import(RoundTrips.class)
class SyncRoundTripsPostgresTests extends SyncRoundTripsIntegrationTests {}
