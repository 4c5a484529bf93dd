"""Applies the realm file kept in the repository to a running Keycloak without dropping its users.

Keycloak's --import-realm only creates a realm that does not exist yet. When the file changes later, this script
updates the realm settings, the user profile, the roles and the clients in place, and adds users that are missing,
so that accounts created by sign-up survive.

Usage: python3 sync_realm.py http://127.0.0.1:8180 path/to/skills-lab-realm.json
"""

import json
import sys
import urllib.parse
import urllib.request


def call(method, url, token=None, body=None, form=None):
    data = None
    headers = {}
    if form is not None:
        data = urllib.parse.urlencode(form).encode()
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    elif body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    if token:
        headers["Authorization"] = "Bearer " + token
    request = urllib.request.Request(url, data=data, headers=headers, method=method)
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read().decode()
        return json.loads(text) if text else None


def grant_roles(admin, token, user):
    """Gives a user of the file the realm and client roles the file lists (adding never removes anything)."""
    query = urllib.parse.quote(user["username"])
    found = call("GET", f"{admin}/users?exact=true&username={query}", token)
    if not found:
        return
    user_id = found[0]["id"]
    realm_roles = [call("GET", f"{admin}/roles/{urllib.parse.quote(r)}", token) for r in user.get("realmRoles", [])]
    if realm_roles:
        call("POST", f"{admin}/users/{user_id}/role-mappings/realm", token, realm_roles)
    for client_id, names in user.get("clientRoles", {}).items():
        client = call("GET", f"{admin}/clients?clientId={urllib.parse.quote(client_id)}", token)[0]
        roles = [call("GET", f"{admin}/clients/{client['id']}/roles/{urllib.parse.quote(n)}", token) for n in names]
        call("POST", f"{admin}/users/{user_id}/role-mappings/clients/{client['id']}", token, roles)


def main():
    base, realm_file = sys.argv[1], sys.argv[2]
    realm = json.load(open(realm_file))
    name = realm["realm"]
    token = call("POST", f"{base}/realms/master/protocol/openid-connect/token",
                 form={"grant_type": "password", "client_id": "admin-cli",
                       "username": "admin", "password": "admin"})["access_token"]
    admin = f"{base}/admin/realms/{name}"

    settings = {k: v for k, v in realm.items() if k not in ("users", "clients", "roles", "components")}
    call("PUT", admin, token, settings)

    for component in realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", []):
        profile = json.loads(component["config"]["kc.user.profile.config"][0])
        call("PUT", f"{admin}/users/profile", token, profile)

    # Roles are only added: overwriting a role would drop every user's mapping to it.
    call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "SKIP", "roles": realm.get("roles", {})})
    call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "OVERWRITE", "clients": realm.get("clients", [])})
    call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "SKIP", "users": realm.get("users", [])})
    for user in realm.get("users", []):
        grant_roles(admin, token, user)
    print(f"realm {name} synchronised with {realm_file}")


if __name__ == "__main__":
    main()
