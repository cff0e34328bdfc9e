-- Module event: the event catalogue, in a shape close to UiTdatabank's.
create table event (
    id                    uuid         not null,
    organizer_id          uuid         not null,
    calendar_type         varchar(10)  not null,
    start_at              timestamp with time zone,
    end_at                timestamp with time zone,
    status                varchar(30)  not null default 'AVAILABLE',
    audience_type         varchar(20)  not null default 'EVERYONE',
    location_id           uuid,
    location_name         varchar(300),
    location_street       varchar(300),
    location_postal_code  varchar(10),
    location_city         varchar(100),
    location_country      varchar(2),
    location_latitude     numeric(9, 6),
    location_longitude    numeric(9, 6),
    booking_url           varchar(1000),
    booking_phone         varchar(50),
    booking_email         varchar(320),
    registration_required boolean      not null default false,
    capacity              integer,
    min_age               integer,
    max_age               integer,
    created_at            timestamp with time zone not null,
    updated_at            timestamp with time zone not null,
    constraint event_pk primary key (id),
    constraint event_organizer_fk foreign key (organizer_id) references organizer (id),
    constraint event_calendar_type_ck check (calendar_type in ('SINGLE', 'MULTIPLE', 'PERIODIC', 'PERMANENT')),
    constraint event_dated_ck check (calendar_type = 'PERMANENT' or (start_at is not null and end_at is not null)),
    constraint event_dates_order_ck check (start_at is null or end_at is null or start_at <= end_at),
    constraint event_status_ck check (status in ('AVAILABLE', 'UNAVAILABLE', 'TEMPORARILY_UNAVAILABLE')),
    constraint event_audience_ck check (audience_type in ('EVERYONE', 'MEMBERS', 'EDUCATION')),
    constraint event_capacity_ck check (capacity is null or capacity >= 0),
    constraint event_age_ck check (min_age is null or max_age is null or min_age <= max_age)
);

create index event_organizer_ix on event (organizer_id);
create index event_start_ix on event (start_at);
create index event_end_ix on event (end_at);

create table event_text (
    event_id    uuid           not null,
    language    varchar(2)     not null,
    name        varchar(500)   not null,
    description varchar(20000),
    constraint event_text_pk primary key (event_id, language),
    constraint event_text_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_text_language_ck check (language in ('nl', 'fr', 'en', 'de'))
);

-- Time slots of SINGLE and MULTIPLE events.
create table event_sub_event (
    event_id uuid    not null,
    position integer not null,
    start_at timestamp with time zone not null,
    end_at   timestamp with time zone not null,
    constraint event_sub_event_pk primary key (event_id, position),
    constraint event_sub_event_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_sub_event_order_ck check (start_at <= end_at)
);

-- Opening hours of PERIODIC and PERMANENT events; days_of_week is a comma-separated list (monday,...,sunday).
create table event_opening_hours (
    event_id     uuid         not null,
    position     integer      not null,
    days_of_week varchar(100) not null,
    opens        time         not null,
    closes       time         not null,
    constraint event_opening_hours_pk primary key (event_id, position),
    constraint event_opening_hours_event_fk foreign key (event_id) references event (id) on delete cascade
);

create table event_price (
    event_id uuid           not null,
    position integer        not null,
    category varchar(10)    not null,
    name_nl  varchar(200)   not null,
    name_fr  varchar(200),
    name_en  varchar(200),
    name_de  varchar(200),
    price    numeric(10, 2) not null,
    constraint event_price_pk primary key (event_id, position),
    constraint event_price_event_fk foreign key (event_id) references event (id) on delete cascade,
    constraint event_price_category_ck check (category in ('BASE', 'TARIFF')),
    constraint event_price_amount_ck check (price >= 0)
);

-- UiTdatabank taxonomy terms (event type, theme, facility).
create table event_term (
    event_id uuid         not null,
    term_id  varchar(100) not null,
    label    varchar(200) not null,
    domain   varchar(50)  not null,
    constraint event_term_pk primary key (event_id, term_id),
    constraint event_term_event_fk foreign key (event_id) references event (id) on delete cascade
);

create table event_label (
    event_id uuid         not null,
    label    varchar(200) not null,
    visible  boolean      not null default true,
    constraint event_label_pk primary key (event_id, label),
    constraint event_label_event_fk foreign key (event_id) references event (id) on delete cascade
);
