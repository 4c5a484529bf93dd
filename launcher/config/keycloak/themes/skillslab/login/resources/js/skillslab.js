// The web app opens the sign-in page with the address filled in (login_hint) and, right after the email link was
// used, with ?skillslab_notice=email-verified: the page says so above the form and puts the cursor in the password.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('kc-form-login');
  if (!form) return;
  var params = new URLSearchParams(window.location.search);
  if (params.get('skillslab_notice') === 'email-verified' && !document.querySelector('.pf-v5-c-alert')) {
    var notice = document.createElement('div');
    notice.id = 'sl-email-verified';
    notice.className = 'pf-v5-c-alert pf-m-inline pf-m-success pf-v5-u-mb-md';
    notice.setAttribute('role', 'status');
    var title = document.createElement('p');
    title.className = 'pf-v5-c-alert__title';
    title.textContent = 'Your email is verified';
    var text = document.createElement('div');
    text.className = 'pf-v5-c-alert__description';
    text.textContent = 'Sign in with the password you chose to continue.';
    notice.appendChild(title);
    notice.appendChild(text);
    form.parentNode.insertBefore(notice, form);
  }
  var username = document.getElementById('username');
  var password = document.getElementById('password');
  if (username && password && username.value) password.focus();
});
