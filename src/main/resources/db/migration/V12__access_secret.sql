-- Module access: secrets for signed links (pictures, downloads), generated on first use and shared by all instances.
create table access_secret (
    name       varchar(100) not null,
    secret     varchar(200) not null,
    created_at timestamp with time zone not null,
    constraint access_secret_pk primary key (name)
);
