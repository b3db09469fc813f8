-- One row per start that must not happen twice: a client's request id (clientRequestId) or the
-- fingerprint of a start form sent by one person. The primary key makes a second start with the
-- same key fail in the database even when both arrive at the same moment on different nodes.
create table start_request (
    process_key            varchar(64)  not null,
    request_key            varchar(200) not null,
    initiator              varchar(64),
    process_instance_id    varchar(64)  not null,
    process_definition_id  varchar(64)  not null,
    business_key           varchar(32),
    created_at             timestamp with time zone not null,
    primary key (process_key, request_key)
);
create index start_request_created_idx on start_request (created_at);
