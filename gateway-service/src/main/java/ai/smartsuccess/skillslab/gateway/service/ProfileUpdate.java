package ai.smartsuccess.skillslab.gateway.service;

import jakarta.validation.constraints.Size;

/** A partial profile update: absent fields stay as they are. Company fields are for business accounts only. */
public record ProfileUpdate(
        @Size(min = 1, max = 100) String firstName,
        @Size(min = 1, max = 100) String lastName,
        @Size(min = 2, max = 255) String companyName,
        String companySize,
        String companyIndustry) {}
