<#--
  Keycloak's one-message pages, with one clear way on:
  - the verification link opened without a sign-in in progress: confirm the address (Keycloak asks for this click so
    that a mail scanner opening the link cannot verify an address on its own);
  - the link used: straight back to the web app (pageRedirectUri), which opens the sign-in with the address filled in;
  - anything else: the message and a way back to Skills Lab.
-->
<#import "template.ftl" as layout>
<#assign appUrl = ((client.baseUrl)!'')?remove_ending("/")>
<#assign verified = (pageRedirectUri!'')?contains("verified=1")>
<#assign confirmingEmail = (actionUri?has_content && !(requiredActions??))>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        <#if verified>
            ${msg("skillslabEmailVerifiedTitle")}
        <#elseif confirmingEmail>
            ${msg("skillslabConfirmEmailTitle")}
        <#elseif messageHeader??>
            ${kcSanitize(msg("${messageHeader}"))?no_esc}
        <#else>
            ${message.summary}
        </#if>
    <#elseif section = "form">
    <div id="kc-info-message" class="sl-info">
        <#if verified>
            <meta http-equiv="refresh" content="0; url=${pageRedirectUri}">
            <div class="sl-info-icon sl-done" aria-hidden="true"><svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M22 11.08V12a10 10 0 1 1-5.93-9.14"/><polyline points="22 4 12 14.01 9 11.01"/></svg></div>
            <p class="instruction">${msg("skillslabEmailVerifiedText")}</p>
            <a id="sl-continue" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${pageRedirectUri}">${msg("skillslabContinueToSignIn")}</a>
        <#elseif confirmingEmail>
            <div class="sl-info-icon" aria-hidden="true"><svg width="28" height="28" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><rect x="2" y="4" width="20" height="16" rx="2"/><path d="m22 7-8.97 5.7a1.94 1.94 0 0 1-2.06 0L2 7"/></svg></div>
            <p class="instruction">${msg("skillslabConfirmEmailText")}</p>
            <p class="sl-address" id="sl-address">${message.summary}</p>
            <a id="kc-confirm-email" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${actionUri}">${msg("skillslabConfirmEmailButton")}</a>
            <p class="sl-hint">${msg("skillslabConfirmEmailHint")}</p>
        <#else>
            <p class="instruction">${message.summary}<#if requiredActions??><#list requiredActions>: <b><#items as reqActionItem>${kcSanitize(msg("requiredAction.${reqActionItem}"))?no_esc}<#sep>, </#items></b></#list></#if></p>
            <#if pageRedirectUri?has_content>
                <a class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${pageRedirectUri}">${msg("skillslabBackToApp")}</a>
            <#elseif actionUri?has_content>
                <a id="kc-proceed" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${actionUri}">${msg("proceedWithAction")}</a>
            <#elseif !(skipLink??) && appUrl?has_content>
                <a id="sl-sign-in" class="${properties.kcButtonPrimaryClass!} ${properties.kcButtonBlockClass!}" href="${appUrl}/sign-in">${msg("skillslabSignIn")}</a>
            </#if>
        </#if>
    </div>
    </#if>
</@layout.registrationLayout>
