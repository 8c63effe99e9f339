-- The last training's message is kept as a translation key and its arguments, and translated into the reader's
-- language when shown (API and page). A message stored before in English is replaced by a key that says a training
-- failed earlier.
alter table recommender_model add column message_key varchar(100);
alter table recommender_model add column message_args jsonb;
update recommender_model set message_key = 'opennlp.message.failed-earlier' where message is not null;
alter table recommender_model drop column message;
