-- Login attempts are counted before the password is checked, in one upsert that returns the count, so that
-- parallel guesses cannot all pass a count read earlier. Besides the account (over all addresses) and the
-- address, the account from one address ('account_address') has its own count: one address alone cannot lock
-- an account for everyone. A successful login takes its own attempt back, which can leave a count at 0.
alter table login_failure drop constraint login_failure_scope_ck;
alter table login_failure add constraint login_failure_scope_ck check (scope in ('account', 'address', 'account_address'));
alter table login_failure drop constraint login_failure_failures_ck;
alter table login_failure add constraint login_failure_failures_ck check (failures >= 0);
