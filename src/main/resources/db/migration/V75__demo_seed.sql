-- The demo profile plays the seed's ten cases into a new database once (jp.tsunagu.demo.DemoSeed):
-- this row says it has been done, so a restart does not play them again. Empty outside the demo.
create table demo_seed (
    name       varchar(32)  primary key,
    played_at  timestamp    not null,
    instances  integer      not null
);
