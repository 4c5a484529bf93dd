-- The platform's view of a person: keyed by the identity provider's subject. Credentials stay in Keycloak.
CREATE TABLE user_profiles (
    subject             VARCHAR(255) PRIMARY KEY,
    email               VARCHAR(320) NOT NULL,
    name                VARCHAR(255) NOT NULL,
    user_type           VARCHAR(16) NOT NULL DEFAULT 'individual' CHECK (user_type IN ('individual', 'business', 'admin')),
    company_name        VARCHAR(255),
    company_size        VARCHAR(16) CHECK (company_size IS NULL OR company_size IN ('1-10', '11-50', '51-200', '201-500', '500+')),
    company_industry    VARCHAR(32) CHECK (company_industry IS NULL OR company_industry IN
                            ('technology', 'finance', 'healthcare', 'retail', 'manufacturing', 'other')),
    subscription_plan   VARCHAR(16) NOT NULL DEFAULT 'free' CHECK (subscription_plan IN ('free', 'premium', 'business')),
    subscription_status VARCHAR(16) NOT NULL DEFAULT 'active' CHECK (subscription_status IN ('active', 'inactive', 'trial', 'cancelled')),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_login_at       TIMESTAMPTZ,
    -- A business account always names its company (an empty name does not count).
    CONSTRAINT business_has_company CHECK (user_type <> 'business' OR length(btrim(coalesce(company_name, ''))) > 0)
);
CREATE UNIQUE INDEX idx_user_profiles_email ON user_profiles (lower(email));
CREATE INDEX idx_user_profiles_type ON user_profiles (user_type);
