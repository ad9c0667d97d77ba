package org.harambee.home;

import org.harambee.access.Role;

/** The section of one role: a bounded number of queries, whatever the number of records behind the counts. */
interface RoleHome {

    Role role();

    Home.Section section(Reader reader);
}
