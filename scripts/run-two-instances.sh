#!/usr/bin/env bash
# Two Tawsim instances on one PostgreSQL behind nginx with sticky sessions (deploy/nginx/tawsim.conf).
# Ctrl-C stops all three. Build the jar first: mvn -Pproduction package -DskipTests
#
#   SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:5432/tawsim \
#   SPRING_DATASOURCE_USERNAME=tawsim SPRING_DATASOURCE_PASSWORD=secret \
#   scripts/run-two-instances.sh [more app arguments, e.g. --spring.profiles.active=prod]
#
# Optional: PORT (nginx, default 8080), PORT_A / PORT_B (the instances, 8081 / 8082), JAR, NGINX, RUN_DIR
# (nginx's folder and the logs a.log, b.log, access.log; default target/two-instances).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${SPRING_DATASOURCE_URL:?set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD): both instances must share one PostgreSQL}"
export SPRING_DATASOURCE_URL SPRING_DATASOURCE_USERNAME="${SPRING_DATASOURCE_USERNAME:-}" \
       SPRING_DATASOURCE_PASSWORD="${SPRING_DATASOURCE_PASSWORD:-}"
PORT="${PORT:-8080}"
PORT_A="${PORT_A:-8081}"
PORT_B="${PORT_B:-8082}"
JAR="${JAR:-target/tawsim-0.1.0-SNAPSHOT.jar}"
NGINX="${NGINX:-/usr/sbin/nginx}"
RUN_DIR="$(mkdir -p "${RUN_DIR:-target/two-instances}" && cd "${RUN_DIR:-target/two-instances}" && pwd)"

[[ -f "$JAR" ]] || { echo "No $JAR: build it with mvn -Pproduction package -DskipTests" >&2; exit 1; }
[[ -x "$NGINX" ]] || { echo "No nginx at $NGINX: apt-get install nginx (or set NGINX)" >&2; exit 1; }

pids=()
stop() {
    trap - INT TERM EXIT
    echo "Stopping the instances and nginx (logs in $RUN_DIR)"
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait || true
    exit
}
trap stop INT TERM EXIT

start_instance() { # route port
    # PORT is this script's nginx port; the app would read it as its own.
    # Loopback only: the instances trust X-Forwarded-For, so only nginx may reach them.
    env -u PORT java -jar "$JAR" --server.address=127.0.0.1 --server.port="$2" --tawsim.instance.route="$1" \
        --server.forward-headers-strategy=native "${@:3}" >"$RUN_DIR/$1.log" 2>&1 &
    pids+=($!)
    echo "Instance $1 on port $2 (log: $RUN_DIR/$1.log)"
}
start_instance a "$PORT_A" "$@"
start_instance b "$PORT_B" "$@"

sed -e "s/@LISTEN_PORT@/$PORT/g" -e "s/@INSTANCE_A@/127.0.0.1:$PORT_A/g" -e "s/@INSTANCE_B@/127.0.0.1:$PORT_B/g" \
    deploy/nginx/tawsim.conf >"$RUN_DIR/nginx.conf"
"$NGINX" -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -e stderr -g 'daemon off;' &
pids+=($!)
echo "nginx on http://localhost:$PORT (answers 502 until the instances have started; access log: $RUN_DIR/access.log)"
# until Ctrl-C, or until one of the three ends (then the others are stopped too)
wait -n || true
