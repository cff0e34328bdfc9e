-- Module cardsystem: regions (card systems) with their cities and settings.

create table card_system (
    id                           integer       not null,
    name                         varchar(200)  not null,
    permanent                    boolean       not null default true,
    logo_url                     varchar(1000),
    primary_color                varchar(50),
    secondary_color              varchar(50),
    website_url                  varchar(1000),
    cardless_registration_type   varchar(20)   not null default 'NONE',
    social_tariff_info           varchar(4000),
    contact_email                varchar(320),
    -- kansenstatuut: grace period after the end date, and the default end date (day and month of next year)
    social_tariff_grace_days     integer       not null default 30,
    social_tariff_end_month      integer       not null default 4,
    social_tariff_end_day        integer       not null default 30,
    created_at                   timestamp with time zone not null,
    updated_at                   timestamp with time zone not null,
    constraint card_system_pk primary key (id),
    constraint card_system_id_ck check (id > 0),
    constraint card_system_name_uk unique (name),
    constraint card_system_cardless_type_ck
        check (cardless_registration_type in ('ALL', 'REGULAR', 'SOCIALTARIFF', 'NONE')),
    constraint card_system_grace_days_ck check (social_tariff_grace_days between 0 and 366),
    constraint card_system_end_month_ck check (social_tariff_end_month between 1 and 12),
    constraint card_system_end_day_ck check (social_tariff_end_day between 1 and 31)
);

create table card_system_city (
    card_system_id               integer      not null,
    postal_code                  varchar(4)   not null,
    name                         varchar(100) not null,
    allows_cardless_registration boolean      not null default false,
    contact_email                varchar(320),
    constraint card_system_city_pk primary key (card_system_id, postal_code, name),
    constraint card_system_city_card_system_fk foreign key (card_system_id)
        references card_system (id) on delete cascade,
    constraint card_system_city_postal_code_ck check (length(postal_code) = 4)
);

create index card_system_city_postal_code_ix on card_system_city (postal_code);
