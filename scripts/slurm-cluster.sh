#!/usr/bin/env bash
# slurm-cluster.sh: start or stop a real, single-node SLURM cluster on this machine, for tests.
# Meant for a fresh Debian 12 machine or container, run as root, as CI does.
#
#   scripts/slurm-cluster.sh start    install slurm-wlm and munge if missing, start munged (if no
#                                     munged answers yet), slurmctld and slurmd, wait for the node
#                                     to be idle; prints the SLURM_CONF line to use
#   scripts/slurm-cluster.sh stop     stop the daemons this script started, by their recorded pids
#   scripts/slurm-cluster.sh status   exit 0 if our slurmctld and slurmd run and answer
#   scripts/slurm-cluster.sh env      print `export SLURM_CONF=...`, e.g. eval "$(... env)"
#   scripts/slurm-cluster.sh logs     print the daemon logs (for failure reports)
#
# Every command is idempotent: `start` on a running cluster and `stop` on a stopped one do
# nothing. Nothing is started through systemd (a container may not have it) and nothing is
# stopped by name: only the pids recorded under $TRUCE_SLURM_DIR are signalled, after checking
# that each is still the program we started.
#
# Environment:
#   TRUCE_SLURM_DIR           configuration, state, spool, pid and log files (default /tmp/truce-slurm)
#   TRUCE_SLURMCTLD_PORT      slurmctld port (default 6817)
#   TRUCE_SLURMD_PORT         slurmd port (default 6818)
#   TRUCE_SLURM_START_TIMEOUT seconds to wait for the node to become idle (default 90)
set -euo pipefail

dir="${TRUCE_SLURM_DIR:-/tmp/truce-slurm}"
conf="$dir/etc/slurm.conf"
logdir="$dir/log"
ctld_port="${TRUCE_SLURMCTLD_PORT:-6817}"
slurmd_port="${TRUCE_SLURMD_PORT:-6818}"
start_timeout="${TRUCE_SLURM_START_TIMEOUT:-90}"
host="$(hostname -s)"

# Our record of the daemons we started. Each daemon runs in the foreground (-D, or -F for
# munged) as a background job of this script, so its pid is $! at once: no waiting for a pid
# file that a daemon which fails early may never write (and which would leave a daemon we could
# not stop). munged.pid exists only if we started munged, so `stop` leaves a system munged alone.
pids="$dir/pids"
ctld_pidfile="$pids/slurmctld.pid"
slurmd_pidfile="$pids/slurmd.pid"
munged_pidfile="$pids/munged.pid"
# The daemons must outlive this script and ignore the terminal's Ctrl-C: start_daemon gives
# each its own session (setsid). Without job control (a script) a background job is not a
# process group leader, so setsid does not fork and $! is the daemon itself; start_daemon
# checks that anyway.
set +m

log() { echo "slurm-cluster: $*" >&2; }
die() { log "error: $*"; exit 1; }

# --- pids -----------------------------------------------------------------------------------

# pid_of PIDFILE EXE: prints the pid recorded in PIDFILE if that process is alive and still runs
# EXE (guards against a stale file whose pid was reused by another program); fails otherwise.
pid_of() {
  local pidfile="$1" exe="$2" pid
  [ -s "$pidfile" ] || return 1
  pid="$(tr -dc '0-9' <"$pidfile")"
  [ -n "$pid" ] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [ "$(readlink -f "/proc/$pid/exe" 2>/dev/null)" = "$(readlink -f "$exe")" ] || return 1
  echo "$pid"
}

# start_daemon NAME PIDFILE EXE COMMAND...: runs COMMAND (which must stay in the foreground and
# end up exec'ing EXE) in its own session, output appended to $logdir/NAME.out, and records its
# pid in PIDFILE.
start_daemon() {
  local name="$1" pidfile="$2" exe="$3" pid
  shift 3
  mkdir -p "$pids" "$logdir"
  log "starting $name"
  setsid "$@" </dev/null >>"$logdir/$name.out" 2>&1 &
  pid=$!
  echo "$pid" >"$pidfile"
  sleep 0.2
  pid_of "$pidfile" "$exe" >/dev/null || die "$name exited at once (see $logdir/$name.out)"
}

# stop_pid NAME PIDFILE EXE: SIGTERM the recorded pid, wait up to 20 s, then SIGKILL.
stop_pid() {
  local name="$1" pidfile="$2" exe="$3" pid i
  if pid="$(pid_of "$pidfile" "$exe")"; then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 200; i++)); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      log "$name (pid $pid) ignored SIGTERM for 20 s; sending SIGKILL"
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$pidfile"
}

# --- installation and munge -----------------------------------------------------------------

install_packages() {
  if command -v slurmctld >/dev/null && command -v slurmd >/dev/null \
      && command -v sbatch >/dev/null && command -v munged >/dev/null; then
    return 0
  fi
  [ "$(id -u)" = 0 ] || die "slurm-wlm and munge are not installed, and installing them needs root"
  log "installing slurm-wlm and munge (apt-get)"
  # Without recommends: slurm-wlm would otherwise pull in ~30 optional plugin and -dev
  # packages; everything we use is in slurm-wlm-basic-plugins. The packages' init scripts do
  # not start anything in a container (policy-rc.d) and we start the daemons ourselves anyway.
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends slurm-wlm munge
}

munge_works() { munge -n </dev/null 2>/dev/null | unmunge >/dev/null 2>&1; }

start_munge() {
  if munge_works; then
    log "munged is already running; using it"
    return 0
  fi
  # munged refuses to run as root, and checks that its directories belong to its user.
  mkdir -p /run/munge /var/log/munge /var/lib/munge /etc/munge
  chown -R munge:munge /var/log/munge /run/munge /var/lib/munge
  chmod 0755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    log "creating a munge key"
    if command -v mungekey >/dev/null; then
      mungekey --create --keyfile=/etc/munge/munge.key
    else
      create-munge-key -f
    fi
  fi
  chown munge:munge /etc/munge /etc/munge/munge.key
  chmod 0700 /etc/munge
  chmod 0400 /etc/munge/munge.key
  # A munged that died without cleaning up leaves a pid file and a socket that make a new
  # one refuse to start; munge_works just told us nothing answers on that socket.
  rm -f /run/munge/munged.pid /run/munge/munge.socket.2 /run/munge/munge.socket.2.lock
  # setpriv switches to the munge user and execs munged, so the pid recorded is munged's.
  start_daemon munged "$munged_pidfile" /usr/sbin/munged \
    setpriv --reuid=munge --regid=munge --init-groups /usr/sbin/munged -F
  local i
  for ((i = 0; i < 50; i++)); do munge_works && return 0; sleep 0.1; done
  die "munged runs but does not answer; see $logdir/munged.out"
}

# --- host name and slurm.conf ---------------------------------------------------------------

ensure_host_resolves() {
  # The conf gives 127.0.0.1 for the node and the controller, but Slurm still looks its own
  # name up in places. Containers do not always map their short host name; add one /etc/hosts
  # line only in that case.
  if ! getent hosts "$host" >/dev/null; then
    log "'$host' does not resolve; adding '127.0.0.1 $host' to /etc/hosts"
    echo "127.0.0.1 $host" >>/etc/hosts
  fi
}

write_conf() {
  local mem_mib real_mib cpus
  cpus="$(nproc)"
  mem_mib="$(free -m | awk '/^Mem:/ {print $2}')"
  # Declare less memory than the machine has: slurmd drains a node that has less memory than
  # its RealMemory. Jobs (500M each in the integration test) must fit under it.
  real_mib=$((mem_mib * 9 / 10))
  mkdir -p "$dir/etc" "$dir/state" "$dir/spool" "$dir/run" "$logdir"
  cat >"$conf" <<EOF
# Written by scripts/slurm-cluster.sh: a single-node test cluster on $host.
ClusterName=truce-test
# The controller and the only node are this machine. NodeAddr pins the address so that
# nothing depends on what the host name resolves to.
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
# Everything runs as root (the test runs as root); jobs run as the user who submits them.
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
# No cgroups, which containers often lack or do not delegate: track job processes by their
# parent pids (linuxproc), bind no tasks to CPUs (task/none), gather no accounting.
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
# Slurm 22.05 loads every MPI plugin at start: the "mpi/pmix ... can not load PMIx library"
# errors in the logs are harmless (no MPI here), and so are the "Could not open ... state
# file" errors of a first start.
MpiDefault=none
SwitchType=switch/none
# CPUs are the consumable resource; --mem is checked against RealMemory but not reserved.
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerType=sched/backfill
# A job whose dependency can never be met (the merge, afterok, after a failed shard) is
# cancelled instead of pending forever with Reason=DependencyNeverSatisfied. (Since Slurm
# 20.11 this is a DependencyParameters option; under SchedulerParameters it is ignored.)
DependencyParameters=kill_invalid_depend
# Keep records of finished jobs for 10 minutes, so that 'scontrol show job' can report them
# (there is no accounting database, hence no sacct).
MinJobAge=600
# A node that was down comes back as soon as it registers with a valid configuration.
ReturnToService=2
KillWait=5
InactiveLimit=0
# No mail program in a minimal container.
MailProg=/bin/true
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
# The daemons' own pid files (ours, the ones \`stop\` uses, are in $pids).
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$logdir/slurmctld.log
SlurmdLogFile=$logdir/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
NodeName=$host NodeAddr=127.0.0.1 CPUs=$cpus RealMemory=$real_mib State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
}

# --- status and logs -------------------------------------------------------------------------

node_state() { SLURM_CONF="$conf" sinfo -h -N -n "$host" -o '%t' 2>/dev/null | head -n 1; }

daemons_running() {
  pid_of "$ctld_pidfile" /usr/sbin/slurmctld >/dev/null && pid_of "$slurmd_pidfile" /usr/sbin/slurmd >/dev/null
}

print_logs() {
  local f name
  # NAME.out holds what a daemon printed before it opened its log file (e.g. a bad conf);
  # after that slurmctld and slurmd copy their log there, so show it only without a log file.
  for name in munged slurmctld slurmd; do
    f="$logdir/$name.out"
    [ -s "$f" ] || continue
    [ "$name" != munged ] && [ -s "$logdir/$name.log" ] && continue
    echo "----- $f (last 60 lines)"
    tail -n 60 "$f"
  done
  for f in "$logdir/slurmctld.log" "$logdir/slurmd.log"; do
    if [ -f "$f" ]; then
      echo "----- $f (last 60 lines)"
      tail -n 60 "$f"
    fi
  done
  if [ -f "$conf" ]; then
    echo "----- scontrol show node $host"
    SLURM_CONF="$conf" timeout 10 scontrol show node "$host" 2>&1 || true
  fi
}

# --- commands --------------------------------------------------------------------------------

cmd_start() {
  if daemons_running; then
    case "$(node_state)" in
      idle* | mix* | alloc*)
        log "already running (conf $conf)"
        echo "export SLURM_CONF=$conf"
        return 0
        ;;
    esac
    log "our daemons run but the node is not up; restarting them"
  fi
  # Leftovers of an earlier start (one daemon died, or the node never came up).
  cmd_stop
  # If anything below fails (die, or a failing command under set -e), stop what was started
  # so far and show why.
  started=no
  trap 'if [ "$started" != yes ]; then log "start failed; stopping what was started"; print_logs >&2; cmd_stop; fi' EXIT
  install_packages
  if ! command -v setpriv >/dev/null || ! command -v setsid >/dev/null; then
    die "setpriv and setsid (util-linux) are missing"
  fi
  ensure_host_resolves
  # A fresh cluster: forget jobs, node state and logs of an earlier run (old job ids, a node
  # left DOWN) so that every start behaves the same.
  rm -rf "$dir/state" "$dir/spool" "$logdir"
  start_munge
  write_conf

  # -D: stay in the foreground (start_daemon records the pid).
  start_daemon slurmctld "$ctld_pidfile" /usr/sbin/slurmctld /usr/sbin/slurmctld -D -f "$conf"
  local i
  for ((i = 0; i < 30; i++)); do
    SLURM_CONF="$conf" scontrol ping 2>/dev/null | grep -q UP && break
    pid_of "$ctld_pidfile" /usr/sbin/slurmctld >/dev/null || die "slurmctld exited"
    sleep 0.5
  done
  # -N: the node name in the conf, whatever the machine calls itself.
  start_daemon slurmd "$slurmd_pidfile" /usr/sbin/slurmd /usr/sbin/slurmd -D -f "$conf" -N "$host"

  local state=""
  for ((i = 0; i < start_timeout; i++)); do
    state="$(node_state)"
    case "$state" in
      idle*) break ;;
    esac
    pid_of "$ctld_pidfile" /usr/sbin/slurmctld >/dev/null || die "slurmctld exited"
    pid_of "$slurmd_pidfile" /usr/sbin/slurmd >/dev/null || die "slurmd exited"
    sleep 1
  done
  case "$state" in
    idle*) ;;
    *) die "node $host is not idle after ${start_timeout}s (state: '${state:-no answer}')" ;;
  esac
  started=yes
  log "cluster up: node $host idle, $(nproc) CPUs (conf $conf)"
  echo "export SLURM_CONF=$conf"
}

cmd_stop() {
  # slurmd first, so that it does not try to reach a controller that is gone.
  stop_pid slurmd "$slurmd_pidfile" /usr/sbin/slurmd
  stop_pid slurmctld "$ctld_pidfile" /usr/sbin/slurmctld
  stop_pid munged "$munged_pidfile" /usr/sbin/munged
}

cmd_status() {
  if daemons_running; then
    local state
    state="$(node_state)"
    echo "slurmctld pid $(pid_of "$ctld_pidfile" /usr/sbin/slurmctld), slurmd pid $(pid_of "$slurmd_pidfile" /usr/sbin/slurmd), node $host: ${state:-no answer}"
    [ -n "$state" ]
  else
    echo "not running"
    return 1
  fi
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  env) echo "export SLURM_CONF=$conf" ;;
  logs) print_logs ;;
  *)
    echo "usage: $0 start|stop|status|env|logs" >&2
    exit 2
    ;;
esac
