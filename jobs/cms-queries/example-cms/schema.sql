-- The example CMS reporting schema that the queries of jobs/cms-queries are written against (MySQL/MariaDB).
-- It stands in for a council's case-management system: each fact is held once, and the 903 files are made by
-- joining it (the date of birth, for one, lives only in children). See ../README.md.

create table children (
	id int primary key auto_increment,
	child_ref varchar(10) not null unique,
	sex varchar(1) not null,
	dob date not null,
	ethnicity varchar(4),
	upn varchar(13),
	is_mother tinyint,
	child_born_date date
);

create table uasc_status (
	id int primary key auto_increment,
	child_id int not null references children (id),
	ceased_date date
);

create table care_episodes (
	id int primary key auto_increment,
	child_id int not null references children (id),
	start_date date not null,
	reason_new varchar(1),
	legal_status varchar(2),
	cin_category varchar(2),
	placement_type varchar(2),
	placement_provider varchar(3),
	end_date date,
	reason_end varchar(3),
	reason_place_change varchar(5),
	home_postcode varchar(8),
	placement_postcode varchar(8),
	ofsted_urn varchar(8)
);

create table reviews (
	id int primary key auto_increment,
	child_id int not null references children (id),
	review_date date,
	participation varchar(3)
);

create table missing_episodes (
	id int primary key auto_increment,
	child_id int not null references children (id),
	kind varchar(1),
	start_date date,
	end_date date
);

create table outcomes (
	id int primary key auto_increment,
	child_id int not null references children (id),
	sdq_score int,
	sdq_reason varchar(4),
	convicted tinyint,
	health_check tinyint,
	immunisations tinyint,
	teeth_check tinyint,
	health_assessment tinyint,
	substance_misuse tinyint,
	intervention_received tinyint,
	intervention_offered tinyint
);

create table care_leavers (
	id int primary key auto_increment,
	child_id int not null references children (id),
	in_touch varchar(4),
	activity varchar(2),
	accommodation varchar(2)
);

create table adoption_decisions (
	id int primary key auto_increment,
	child_id int not null references children (id),
	interest_date date,
	match_date date,
	foster_care tinyint,
	adopter_count int,
	adopter_sexes varchar(2),
	adopter_legal_status varchar(3)
);

create table adoption_placements (
	id int primary key auto_increment,
	child_id int not null references children (id),
	placed_date date,
	ceased_date date,
	ceased_reason varchar(3)
);

-- order_date is text: 903 writes a permanence date whose day and month are unknown as ZZ/ZZ/yyyy
create table previous_permanence (
	id int primary key auto_increment,
	child_id int not null references children (id),
	order_type varchar(2),
	order_la varchar(3),
	order_date varchar(10)
);

create table social_worker_assignments (
	id int primary key auto_increment,
	child_id int not null references children (id),
	worker_ref varchar(10),
	start_date date,
	end_date date,
	change_reason varchar(6)
);
