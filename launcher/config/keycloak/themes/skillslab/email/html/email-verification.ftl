<#import "template.ftl" as layout>
<@layout.emailLayout>
<h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:#161a26;">${msg("skillslabVerifyHeading")}</h1>
<p style="margin:0 0 12px;"><#if (user.firstName)?has_content>${msg("skillslabVerifyGreeting", user.firstName)}<#else>${msg("skillslabVerifyGreetingNoName")}</#if></p>
<p style="margin:0 0 24px;">${msg("skillslabVerifyIntro")}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;">
  <tr>
    <td align="center" style="border-radius:10px;background-color:#4f46e5;">
      <a href="${link}" style="display:inline-block;padding:12px 24px;font-weight:600;font-size:15px;color:#ffffff;text-decoration:none;border-radius:10px;">${msg("skillslabVerifyButton")}</a>
    </td>
  </tr>
</table>
<p style="margin:0 0 8px;color:#5f6780;font-size:13px;">${msg("skillslabVerifyExpiry", linkExpirationFormatter(linkExpiration))}</p>
<p style="margin:0 0 8px;color:#5f6780;font-size:13px;">${msg("skillslabVerifyLinkHelp")}<br><a href="${link}" style="color:#4f46e5;word-break:break-all;">${link}</a></p>
<p style="margin:16px 0 0;color:#5f6780;font-size:13px;">${msg("skillslabVerifyNotYou")}</p>
</@layout.emailLayout>
