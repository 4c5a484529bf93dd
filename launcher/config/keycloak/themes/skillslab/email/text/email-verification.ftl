<#ftl output_format="plainText">
${msg("skillslabVerifyHeading")}

<#if (user.firstName)?has_content>${msg("skillslabVerifyGreeting", user.firstName)}<#else>${msg("skillslabVerifyGreetingNoName")}</#if>

${msg("skillslabVerifyIntro")}

${msg("skillslabVerifyButton")}:
${link}

${msg("skillslabVerifyExpiry", linkExpirationFormatter(linkExpiration))}

${msg("skillslabVerifyNotYou")}

--
${msg("skillslabEmailFooter")}
