-- ENUM types of the code columns: fixed lists from the contract (registered as
-- contract_codes), sectors, categories and themes from the export's own code lists.
create type org_kind as enum (
    select code from contract_codes
    where table_name = 'organizations' and column_name = 'kind'
    order by position
);

create type org_size as enum (
    select code from contract_codes
    where table_name = 'organizations' and column_name = 'size'
    order by position
);

create type size_group as enum (
    select code from contract_codes
    where table_name = 'organizations' and column_name = 'size_group'
    order by position
);

create type person_function as enum (
    select code from contract_codes
    where table_name = 'people' and column_name = 'function'
    order by position
);

create type meeting_kind as enum (
    select code from contract_codes
    where table_name = 'meetings' and column_name = 'kind'
    order by position
);

create type project_status as enum (
    select code from contract_codes
    where table_name = 'projects' and column_name = 'status'
    order by position
);

create type policy_area as enum (
    select code from contract_codes
    where table_name = 'savings' and column_name = 'policy_area'
    order by position
);

create type saving_method as enum (
    select code from contract_codes
    where table_name = 'savings' and column_name = 'method'
    order by position
);

create type sector as enum (select code from raw_sectors);

create type category as enum (select code from raw_categories);

create type theme as enum (select code from raw_themes);
