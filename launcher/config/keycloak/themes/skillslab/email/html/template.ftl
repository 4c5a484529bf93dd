<#--
  The frame of every HTML email: the Skills Lab brand bar, a white card, a footer. Inline styles and tables only,
  because mail clients ignore style sheets; the logo is drawn in HTML because many clients do not show SVG images.
-->
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}" dir="${(ltr)?then('ltr','rtl')}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${realmName}</title>
</head>
<body style="margin:0;padding:0;background-color:#f6f7fb;color:#161a26;font-family:Inter,ui-sans-serif,system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;font-size:15px;line-height:1.55;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f6f7fb;">
  <tr>
    <td align="center" style="padding:32px 16px;">
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;">
        <tr>
          <td style="padding:0 4px 16px;">
            <table role="presentation" cellpadding="0" cellspacing="0" border="0">
              <tr>
                <td width="32" height="32" align="center" valign="middle" style="width:32px;height:32px;border-radius:8px;background-color:#4f46e5;background-image:linear-gradient(135deg,#4f46e5,#9333ea);color:#ffffff;font-size:13px;font-weight:700;letter-spacing:0.02em;">SL</td>
                <td style="padding-left:10px;font-size:20px;color:#161a26;">Skills <strong>Lab</strong></td>
              </tr>
            </table>
          </td>
        </tr>
        <tr>
          <td style="background-color:#ffffff;border:1px solid #e3e6ee;border-radius:16px;padding:32px;border-top:4px solid #4f46e5;">
            <#nested>
          </td>
        </tr>
        <tr>
          <td style="padding:16px 4px;color:#8b92a8;font-size:12px;">
            ${msg("skillslabEmailFooter")}
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>
</body>
</html>
</#macro>
