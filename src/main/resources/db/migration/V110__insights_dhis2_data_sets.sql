-- DHIS2 takes a value only in the period type of the data set its data element is in (Monthly, Quarterly, Yearly):
-- an indicator is sent to a data element of a data set, once per period type, and exported only in that type.
-- Mappings of insight_dhis2_element (no data set) are no longer sent; the page lists them for remapping.
create table insight_dhis2_data_set_element (
    indicator    varchar(60)  not null,
    period_type  varchar(10)  not null,
    data_set     varchar(11)  not null,
    data_element varchar(11)  not null,
    updated_by   varchar(100) not null,
    updated_at   timestamp with time zone not null,
    constraint insight_dhis2_data_set_element_pk primary key (indicator, period_type),
    constraint insight_dhis2_data_set_element_type check (period_type in ('Monthly', 'Quarterly', 'Yearly'))
);

-- What DHIS2's import summary refused in a push (its conflicts: error code, object, message), in its order.
create table insight_dhis2_push_conflict (
    push_id    uuid         not null,
    position   integer      not null,
    data_set   varchar(11),
    error_code varchar(10),
    object     varchar(100),
    message    varchar(500),
    constraint insight_dhis2_push_conflict_pk primary key (push_id, position)
);
