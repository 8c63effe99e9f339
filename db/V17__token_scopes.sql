-- A token's scope: 'read' tokens may only read the API (GET/HEAD), 'write' tokens act with all their owner's rights.
-- Tokens made before scopes existed did everything: they stay 'write'.
alter table api_token add column scope varchar(8) not null default 'write';
alter table api_token add constraint api_token_scope_ck check (scope in ('read', 'write'));
