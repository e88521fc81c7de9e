-- The child columns compare by code point (utf8mb4_bin), an order Java can reproduce, so that a slice of children is
-- read as the range of its ids (StoredChildren); the default collation ignores case. H2 already compares as Java does.
alter table stg_header modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_header modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_episodes modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_episodes modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_uasc modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_uasc modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_reviews modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_reviews modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_missing modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_missing modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_oc2 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_oc2 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_oc3 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_oc3 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_ad1 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_ad1 modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_placed_for_adoption modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_placed_for_adoption modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_previous_permanence modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_previous_permanence modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_sw_episodes modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_sw_episodes modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table stg_dolo modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
alter table ret_dolo modify child varchar(255) character set utf8mb4 collate utf8mb4_bin not null;
