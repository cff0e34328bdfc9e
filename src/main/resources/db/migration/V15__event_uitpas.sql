-- Module event: how an event takes part in UiTPAS (card systems, manual distribution keys, settings).

-- A row per card system of the organizer once the card systems were set; without a row a card system is enabled.
create table event_card_system (
    event_id       uuid    not null,
    card_system_id integer not null,
    enabled        boolean not null,
    constraint event_card_system_pk primary key (event_id, card_system_id),
    constraint event_card_system_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_card_system_card_system_fk foreign key (card_system_id) references card_system (id) on delete cascade
);

-- Manual distribution keys enabled (or explicitly disabled) on an event.
create table event_distribution_key (
    event_id uuid    not null,
    key_id   integer not null,
    enabled  boolean not null,
    constraint event_distribution_key_pk primary key (event_id, key_id),
    constraint event_distribution_key_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_distribution_key_key_fk foreign key (key_id) references distribution_key (id) on delete cascade
);

-- Settings changed from the defaults of the event's calendar type.
create table event_settings (
    event_id              uuid        not null,
    checkin_points        integer     not null,
    ticket_limit_volume   integer     not null,
    ticket_limit_period   varchar(10) not null,
    checkin_limit_volume  integer     not null,
    checkin_limit_period  varchar(10) not null,
    updated_at            timestamp with time zone not null,
    constraint event_settings_pk primary key (event_id),
    constraint event_settings_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_settings_ticket_period_ck check (ticket_limit_period in ('ABSOLUTE', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR')),
    constraint event_settings_checkin_period_ck check (checkin_limit_period in ('ABSOLUTE', 'DAY', 'WEEK', 'MONTH', 'QUARTER', 'YEAR'))
);
