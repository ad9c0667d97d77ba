package org.harambee.geography.picking;

import org.harambee.OnPostgres;

/** The picker's search, order, parents and scope against PostgreSQL. */
@OnPostgres
class PlacePickingPostgresTests extends PlacePickingIntegrationTests {}
