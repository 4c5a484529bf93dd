-- First and last name are kept apart, as the identity provider keeps them: splitting the display name at its first
-- space turned "Mary Ann" / "Smith" into "Mary" / "Ann Smith".
-- Profiles that exist already get their names from the token's given_name and family_name claims (Keycloak's own
-- fields) the next time the person is seen, so they are not filled here from the display name.
ALTER TABLE user_profiles ADD COLUMN first_name VARCHAR(255);
ALTER TABLE user_profiles ADD COLUMN last_name VARCHAR(255);
