#!/usr/bin/env bash
# The run command's last step, after Cargo started the domain with the EAR: installs the CRM
# realm (remote EJB callers log in with CRM users and passwords, the step the README gives IT),
# then keeps the server running until Ctrl-C (or TERM, or Maven ending), which stops it.
set -u
trap "" PIPE # Maven may be gone: writing to its closed output must not end this script before the stop
asadmin="$1" port="$2" passwords="$3" realm_jar="$4" domain_dir="$5"
admin=(bash "$asadmin" --port "$port" --user admin --passwordfile "$passwords")
if ! out=$("${admin[@]}" create-auth-realm --classname com.acme.crm.realm.CrmRealm \
      --login-module com.acme.crm.realm.CrmLoginModule \
      --property "jaas-context=crmRealm:realmJarPath=$realm_jar" crm 2>&1); then
  case "$out" in
    *"already exists"*) ;;
    *) echo "Remote EJB logins will not work: the CRM realm could not be installed: $out" >&2 ;;
  esac
fi
stop() {
  echo "Stopping the CRM's server ..."
  "${admin[@]}" stop-domain --domaindir "$domain_dir" crm >/dev/null 2>&1
  exit 0
}
trap stop INT TERM HUP
echo "Sales CRM running: http://localhost:8080/crm/ (REST http://localhost:8080/crm/api/). Stop with Ctrl-C."
maven=$PPID
while kill -0 "$maven" 2>/dev/null; do # Maven stopped without telling us (killed): stop the server too
  sleep 1
done
stop
