-- Module checkin: check-ins of passholders at UiTPAS events (at a counter, with an event's check-in code, or at a
-- kiosk). A check-in is kept with the card used, whether the passholder had a kansenstatuut at that moment (for the
-- participation statistics) and the points it earned.
create table checkin (
    id             uuid         not null,
    event_id       uuid         not null,
    organizer_id   uuid         not null,
    passholder_id  uuid         not null,
    uitpas_number  varchar(13)  not null,
    card_system_id integer      not null,
    social_tariff  boolean      not null,
    points         integer      not null,
    channel        varchar(10)  not null,
    kiosk_id       uuid,
    created_by     varchar(200) not null,
    created_at     timestamp with time zone not null,
    constraint checkin_pk primary key (id),
    constraint checkin_channel_ck check (channel in ('COUNTER', 'SELF', 'KIOSK')),
    constraint checkin_points_ck check (points >= 0)
);
create index checkin_passholder_ix on checkin (passholder_id, event_id, created_at);
create index checkin_event_ix on checkin (event_id, created_at);
create index checkin_organizer_ix on checkin (organizer_id, created_at);
