-- Operation ids are a client's retry keys. They were unique across the whole database and answered to anyone
-- who sent them: one annotator could read another's revision and span id by reusing an opId, and a different
-- operation sent under a used opId was silently dropped. Now an opId belongs to one layer and one actor, and the
-- operation it was applied with is kept as a SHA-256 of its canonical JSON, so a reuse with another operation is
-- refused. The answer to a retry (revision, created span or chain) is kept beside it.
create table applied_operation (
    layer_id   bigint      not null constraint applied_operation_layer_fk references annotation_layer (id) on delete cascade,
    actor_id   bigint      not null constraint applied_operation_actor_fk references app_user (id),
    op_id      uuid        not null,
    op_hash    varchar(64),
    revision   bigint      not null,
    span_id    bigint,
    chain_id   bigint,
    applied_at timestamptz not null default now(),
    constraint applied_operation_pk primary key (layer_id, actor_id, op_id),
    constraint applied_operation_hash_ck check (op_hash is null or op_hash ~ '^[0-9a-f]{64}$')
);

-- Operations applied before this version: their answers come from the event log; their hash is unknown (null),
-- so a retry of one is answered as before.
-- [jooq ignore start]
insert into applied_operation (layer_id, actor_id, op_id, revision, span_id, chain_id, applied_at)
select l.id, e.actor_id, e.op_id, (e.payload ->> 'revision')::bigint, (e.payload ->> 'resultSpan')::bigint,
       (e.payload ->> 'resultChain')::bigint, e.occurred_at
from event_log e
join annotation_layer l on l.document_id = e.document_id
    and case when e.payload ->> 'layer' = 'gold' then l.annotator_id is null else l.annotator_id = e.actor_id end
where e.op_id is not null and e.actor_id is not null and e.payload ->> 'revision' is not null;
-- [jooq ignore stop]

-- Two actors (or two layers) may now use the same opId; the event log keeps it as a plain column.
alter table event_log drop constraint event_log_op_uk;
