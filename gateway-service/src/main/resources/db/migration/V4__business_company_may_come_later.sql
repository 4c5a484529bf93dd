-- A business account made outside sign-up (by an operator in Keycloak, or an identity provider without the company
-- attribute) signs in before it has a company: its profile is kept without one instead of failing the sign-in, and the
-- company is filled in later with PUT /api/me. Sign-up itself still requires the company name.
ALTER TABLE user_profiles DROP CONSTRAINT business_has_company;
