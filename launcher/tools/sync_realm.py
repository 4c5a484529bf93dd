"""Applies the realm file kept in the repository to a running Keycloak without dropping its users.

Keycloak's --import-realm only creates a realm that does not exist yet. When the file changes later, this script
updates the realm settings, the user profile, the roles and the clients in place, and adds users that are missing,
so that accounts created by sign-up survive.

Usage: python3 sync_realm.py [--additive] [--local local-realm.json] http://127.0.0.1:8180 path/to/skills-lab-realm.json

- The master realm's administrator is `admin` with the password in the environment variable KEYCLOAK_ADMIN_PASSWORD
  (the launcher generates it once per installation). A Keycloak first started by an earlier launcher still has the
  password `admin`: it is used once and replaced by the generated one (not in --additive mode).
- `${NAME}` in a string of the files is replaced by the environment variable NAME (`${NAME:default}` with a default),
  as Keycloak's own --import-realm does: the client secrets never sit in the repository. An unset SKILLSLAB_* variable
  stops the sync; other unresolved ${...} stay as they are (the user profile's message keys).
- `--local FILE` adds clients and users of the local platform only (the demo accounts, the test suites' clients).
- Clients named skills-lab-* that neither file lists any more are deleted, and so are the realm roles of
  RETIRED_REALM_ROLES. `--additive` skips every deletion and change of what exists (it only adds clients, roles, users,
  role mappings and protocol mappers), for a Keycloak that other checkouts of the platform use at the same time.
"""

import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

# The one client all services once shared (service realm role, manage-users), replaced by a client per service.
RETIRED_REALM_ROLES = ["service"]
OWN_CLIENT_PREFIX = "skills-lab-"
LEGACY_ADMIN_PASSWORD = "admin"
PLACEHOLDER = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::([^}]*))?}")


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


def resolve(value):
    """Replaces ${NAME} / ${NAME:default} from the environment in every string; a missing variable stops the sync."""
    if isinstance(value, dict):
        return {k: resolve(v) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v) for v in value]
    if isinstance(value, str):
        def one(match):
            name, default = match.group(1), match.group(2)
            if name in os.environ and os.environ[name]:
                return os.environ[name]
            if default is not None:
                return default
            if name.startswith("SKILLSLAB_"):
                sys.exit(f"sync_realm: the environment variable {name} is not set (the realm file refers to it)")
            # As Keycloak's import: other ${...} are left as they are (the user profile's ${username} message keys).
            return match.group(0)
        return PLACEHOLDER.sub(one, value)
    return value


def admin_token(base, additive):
    password = os.environ.get("KEYCLOAK_ADMIN_PASSWORD") or sys.exit("sync_realm: KEYCLOAK_ADMIN_PASSWORD is not set")

    def login(secret):
        try:
            return call("POST", f"{base}/realms/master/protocol/openid-connect/token",
                        form={"grant_type": "password", "client_id": "admin-cli",
                              "username": "admin", "password": secret})["access_token"]
        except urllib.error.HTTPError as e:
            if e.code == 401:
                return None
            raise

    token = login(password)
    if token:
        return token
    token = login(LEGACY_ADMIN_PASSWORD) if password != LEGACY_ADMIN_PASSWORD else None
    if not token:
        sys.exit("sync_realm: Keycloak refused the administrator's password (KEYCLOAK_ADMIN_PASSWORD)")
    if additive:
        print("master administrator still has the password of earlier launchers; left as is (--additive)")
        return token
    found = call("GET", f"{base}/admin/realms/master/users?exact=true&username=admin", token)
    call("PUT", f"{base}/admin/realms/master/users/{found[0]['id']}/reset-password", token,
         {"type": "password", "value": password, "temporary": False})
    print("master administrator: the well-known password replaced by this installation's generated one")
    return login(password)


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


def add_missing_mappers(admin, token, client):
    """--additive: an existing client gets the protocol mappers of the file it lacks, nothing else changes."""
    found = call("GET", f"{admin}/clients?clientId={urllib.parse.quote(client['clientId'])}", token)
    if not found:
        return False
    have = {m["name"] for m in found[0].get("protocolMappers", [])}
    for mapper in client.get("protocolMappers", []):
        if mapper["name"] not in have:
            call("POST", f"{admin}/clients/{found[0]['id']}/protocol-mappers/models", token, mapper)
    return True


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--additive", action="store_true")
    parser.add_argument("--local")
    parser.add_argument("base")
    parser.add_argument("realm_file")
    args = parser.parse_args()

    realm = resolve(json.load(open(args.realm_file)))
    local = resolve(json.load(open(args.local))) if args.local else {}
    name = realm["realm"]
    token = admin_token(args.base, args.additive)
    admin = f"{args.base}/admin/realms/{name}"
    clients = realm.get("clients", []) + local.get("clients", [])
    users = realm.get("users", []) + local.get("users", [])

    if not args.additive:
        settings = {k: v for k, v in realm.items() if k not in ("users", "clients", "roles", "components")}
        call("PUT", admin, token, settings)
        for component in realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", []):
            profile = json.loads(component["config"]["kc.user.profile.config"][0])
            call("PUT", f"{admin}/users/profile", token, profile)

    # Clients before roles: a client's roles (roles.client) need the client. Overwriting a client drops its roles and
    # the mappings to them, which the roles and grant_roles steps below put back.
    if args.additive:
        new = [c for c in clients if not add_missing_mappers(admin, token, c)]
        if new:
            call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "SKIP", "clients": new})
    else:
        call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "OVERWRITE", "clients": clients})
    # Roles are only added: overwriting a role would drop every user's mapping to it.
    roles = {"realm": realm.get("roles", {}).get("realm", []), "client": realm.get("roles", {}).get("client", {})}
    call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "SKIP", "roles": roles})
    call("POST", f"{admin}/partialImport", token, {"ifResourceExists": "SKIP", "users": users})
    for user in users:
        grant_roles(admin, token, user)

    if not args.additive:
        listed = {c["clientId"] for c in clients}
        for client in call("GET", f"{admin}/clients", token):
            if client["clientId"].startswith(OWN_CLIENT_PREFIX) and client["clientId"] not in listed:
                call("DELETE", f"{admin}/clients/{client['id']}", token)
                print(f"client {client['clientId']} removed (no longer in the realm file)")
        listed_roles = {r["name"] for r in roles["realm"]}
        for role in RETIRED_REALM_ROLES:
            if role in listed_roles:
                continue
            try:
                call("DELETE", f"{admin}/roles/{urllib.parse.quote(role)}", token)
                print(f"realm role {role} removed (retired)")
            except urllib.error.HTTPError as e:
                if e.code != 404:
                    raise
    print(f"realm {name} synchronised with {args.realm_file}" + (f" and {args.local}" if args.local else "")
          + (" (additive)" if args.additive else ""))


if __name__ == "__main__":
    main()
