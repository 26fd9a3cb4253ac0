/**
 * The e-mail of the user running a dialog, for the User column of every row a
 * dialog writes (SPEC §9 "Who"): the one place every dialog server asks for it.
 * Session.getActiveUser().getEmail() needs the
 * https://www.googleapis.com/auth/userinfo.email scope (appsscript.json);
 * Google still returns '' when it withholds the address (a user outside the
 * script owner's domain, say). It never throws: the audit cell is then
 * empty, and the write goes on.
 */
export function activeUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}
