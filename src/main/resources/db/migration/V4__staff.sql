-- Module staff: people who work at an organizer's counter, as MEMBER or ADMIN (the contract's organizer admins).
create table staff_user (
    id            uuid         not null,
    email         varchar(320) not null,
    display_name  varchar(200),
    password_hash varchar(200),
    created_at    timestamp with time zone not null,
    constraint staff_user_pk primary key (id),
    constraint staff_user_email_uk unique (email),
    constraint staff_user_email_lower_ck check (email = lower(email))
);

create table staff_membership (
    organizer_id uuid        not null,
    user_id      uuid        not null,
    role         varchar(10) not null,
    created_at   timestamp with time zone not null,
    constraint staff_membership_pk primary key (organizer_id, user_id),
    constraint staff_membership_organizer_fk foreign key (organizer_id) references organizer (id) on delete cascade,
    constraint staff_membership_user_fk foreign key (user_id) references staff_user (id) on delete cascade,
    constraint staff_membership_role_ck check (role in ('MEMBER', 'ADMIN'))
);

create index staff_membership_user_ix on staff_membership (user_id);
