-- Module organizer: organizers (balies) with their card systems, links and groups.
create table organizer (
    id          uuid         not null,
    name        varchar(300) not null,
    street      varchar(300),
    postal_code varchar(10),
    city        varchar(100),
    country     varchar(2)   not null default 'BE',
    email       varchar(320),
    phone       varchar(50),
    website_url varchar(1000),
    created_at  timestamp with time zone not null,
    updated_at  timestamp with time zone not null,
    constraint organizer_pk primary key (id)
);

create index organizer_name_ix on organizer (name);

create table organizer_card_system (
    organizer_id   uuid    not null,
    card_system_id integer not null,
    constraint organizer_card_system_pk primary key (organizer_id, card_system_id),
    constraint organizer_card_system_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade,
    constraint organizer_card_system_card_system_fk foreign key (card_system_id) references card_system (id)
);

create index organizer_card_system_card_system_ix on organizer_card_system (card_system_id);

-- Admins of an organizer also act for its linked organizers (OrganizerPermissions.linkedOrganizers).
create table organizer_link (
    organizer_id        uuid not null,
    linked_organizer_id uuid not null,
    constraint organizer_link_pk primary key (organizer_id, linked_organizer_id),
    constraint organizer_link_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade,
    constraint organizer_link_linked_fk foreign key (linked_organizer_id) references organizer (id) on delete cascade,
    constraint organizer_link_not_self_ck check (organizer_id <> linked_organizer_id)
);

create index organizer_link_linked_ix on organizer_link (linked_organizer_id);

-- Groups of organizers (GET /organizers?groupId=), e.g. all libraries of a region.
create table organizer_group (
    id   integer      not null,
    name varchar(200) not null,
    constraint organizer_group_pk primary key (id),
    constraint organizer_group_name_uk unique (name)
);

create table organizer_group_member (
    group_id     integer not null,
    organizer_id uuid    not null,
    constraint organizer_group_member_pk primary key (group_id, organizer_id),
    constraint organizer_group_member_group_fk foreign key (group_id) references organizer_group (id) on delete cascade,
    constraint organizer_group_member_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade
);
