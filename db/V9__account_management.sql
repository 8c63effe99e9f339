-- Accounts that admins can manage: a one-time password must be replaced at the next login, and every
-- password change, reset or disabling bumps credentials_version, which ends the sessions opened before it.
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column credentials_version bigint not null default 0;

-- Logins are unique whatever their letter case ('Admin' next to 'admin' would be two people one typo apart).
-- Older databases may hold such pairs: the oldest account keeps its login, each later one is renamed
-- <login>.dupN (N the first free number); an admin tells its owner the new login.
-- [jooq ignore start]
do $$
declare
    duplicate record;
    candidate varchar(64);
    n int;
begin
    for duplicate in
        select u.id, u.login from app_user u
        where exists (select 1 from app_user o where lower(o.login) = lower(u.login) and o.id < u.id)
        order by u.id
    loop
        n := 1;
        loop
            candidate := left(duplicate.login, 64 - length('.dup' || n)) || '.dup' || n;
            exit when not exists (select 1 from app_user where lower(login) = lower(candidate));
            n := n + 1;
        end loop;
        raise notice 'Login % renamed to % (logins are unique whatever their letter case)', duplicate.login, candidate;
        update app_user set login = candidate where id = duplicate.id;
    end loop;
end
$$;
create unique index app_user_login_lower_uk on app_user (lower(login));
-- [jooq ignore stop]
