-- Module access: the key pair that signs access tokens, generated on first start and shared by all instances.
create table access_signing_key (
    key_id      varchar(100)  not null,
    public_key  varchar(4000) not null,
    private_key varchar(8000) not null,
    created_at  timestamp with time zone not null,
    constraint access_signing_key_pk primary key (key_id)
);
