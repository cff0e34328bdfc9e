-- Module kiosk: self-service check-in pillars ("zuilen", domain.md 2.16). A kiosk belongs to one card system and one
-- or more organizers, stands at zero or more UiTdatabank places, and may have a fixed event. Its device is bound at
-- setup (the device id is its credential from then on, so it is unique). The configuration code that authorizes the
-- setup is kept only as a SHA-256 hash: it is a random secret shown to the administrator once (docs/kiosks.md).
create table kiosk (
    id                      uuid                     not null,
    name                    varchar(100)             not null,
    card_system_id          integer                  not null,
    release_track           varchar(10)              not null,
    status                  varchar(10)              not null,
    configuration_code_hash varchar(64)              not null,
    device_id               varchar(200),
    configured_at           timestamp with time zone,
    fixed_event_id          uuid,
    created_at              timestamp with time zone not null,
    updated_at              timestamp with time zone not null,
    constraint kiosk_pk primary key (id),
    constraint kiosk_name_uk unique (name),
    constraint kiosk_device_id_uk unique (device_id),
    constraint kiosk_configuration_code_uk unique (configuration_code_hash),
    constraint kiosk_card_system_fk foreign key (card_system_id) references card_system (id),
    constraint kiosk_release_track_ck check (release_track in ('beta', 'stable')),
    constraint kiosk_status_ck check (status in ('ACTIVE', 'BLOCKED')),
    constraint kiosk_device_ck check ((device_id is null) = (configured_at is null))
);

create index kiosk_card_system_ix on kiosk (card_system_id);

-- The organizers of a kiosk: their staff manage it and their events are its candidates.
create table kiosk_organizer (
    kiosk_id     uuid    not null,
    organizer_id uuid    not null,
    position     integer not null,
    constraint kiosk_organizer_pk primary key (kiosk_id, organizer_id),
    constraint kiosk_organizer_kiosk_fk foreign key (kiosk_id) references kiosk (id) on delete cascade,
    constraint kiosk_organizer_organizer_fk foreign key (organizer_id) references organizer (id)
);

create index kiosk_organizer_organizer_ix on kiosk_organizer (organizer_id);

-- The places (UiTdatabank place ids) where a kiosk stands: events at these places are its candidates too.
create table kiosk_location (
    kiosk_id    uuid         not null,
    location_id uuid         not null,
    name        varchar(300) not null,
    position    integer      not null,
    constraint kiosk_location_pk primary key (kiosk_id, location_id),
    constraint kiosk_location_kiosk_fk foreign key (kiosk_id) references kiosk (id) on delete cascade
);
