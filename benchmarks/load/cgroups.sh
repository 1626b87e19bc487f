# CPU caps for the benchmark scripts (sourced by benchmarks/load/run.sh and benchmarks/profile/run.sh): a cgroup per
# process to cap, with a CFS quota, and its CPU accounting. Works with cgroup v2 and with v1 (where the cpu and
# cpuacct controllers may be mounted apart); needs root. Every failure to cap exits, loudly: a run that meant to be
# capped and was not would measure something else.
#
# detect_cgroups once, then create_cgroup KEY [QUOTA%] per process group to cap; cgroup_launcher KEY gives the prefix
# that starts a command inside it; cgroup_usage_us and cgroup_throttling read it; remove_cgroups removes them all.

cgroup_period_us=10000
cgroup_version= cgroup_cpu_root= cgroup_cpuacct_root= cgroup_enabled_cpu_controller=false
# The directories of each key's cgroup: one in v2, or the cpu and the cpuacct one in v1 (one if they are mounted together).
declare -A cgroup_dirs

cgroup_fail() { echo "$(basename "$0"): $*" >&2; exit 1; }

# The cpu controller is either in the unified (v2) hierarchy or in v1's cpu mount, with the CPU accounting in v1's
# cpuacct mount (often the same directory, when the two are mounted together).
detect_cgroups() {
  local unified
  unified=$(awk '$3 == "cgroup2" { print $2; exit }' /proc/mounts)
  if [ -n "$unified" ] && grep -qw cpu "$unified/cgroup.controllers" 2> /dev/null; then
    cgroup_version=2 cgroup_cpu_root=$unified
    if ! grep -qw cpu "$unified/cgroup.subtree_control"; then
      echo +cpu > "$unified/cgroup.subtree_control" || cgroup_fail "cannot enable the cpu controller for $unified's children"
      cgroup_enabled_cpu_controller=true
    fi
  else
    cgroup_cpu_root=$(awk '$3 == "cgroup" && $4 ~ /(^|,)cpu(,|$)/ { print $2; exit }' /proc/mounts)
    cgroup_cpuacct_root=$(awk '$3 == "cgroup" && $4 ~ /(^|,)cpuacct(,|$)/ { print $2; exit }' /proc/mounts)
    [ -n "$cgroup_cpu_root" ] && [ -n "$cgroup_cpuacct_root" ] \
      || cgroup_fail "a CPU cap needs the cpu controller, in cgroup v2 or in v1's cpu and cpuacct hierarchies; /proc/mounts has neither"
    cgroup_version=1
  fi
}

# A cgroup with ten times the default CPU weight, so that other work on the machine (builds, say) cannot take the
# quota's share of a core from the process; and with a CFS quota of QUOTA% of one core when one is given.
create_cgroup() { # key, quota in percent of one core (none if empty)
  local name=minihttp-bench-$$-${1//./-} quota=${2:-} dir
  cgroup_dirs[$1]=$cgroup_cpu_root/$name
  if [ "$cgroup_version" == 2 ]; then
    mkdir "${cgroup_dirs[$1]}" || cgroup_fail "cannot create the cgroup ${cgroup_dirs[$1]} (root needed)"
    echo 1000 > "${cgroup_dirs[$1]}/cpu.weight" || cgroup_fail "cannot set the CPU weight of ${cgroup_dirs[$1]}"
    [ -z "$quota" ] || echo "$((quota * cgroup_period_us / 100)) $cgroup_period_us" > "${cgroup_dirs[$1]}/cpu.max" \
      || cgroup_fail "cannot set the CPU quota of ${cgroup_dirs[$1]}"
  else
    [ "$cgroup_cpuacct_root" == "$cgroup_cpu_root" ] || cgroup_dirs[$1]+=" $cgroup_cpuacct_root/$name"
    for dir in ${cgroup_dirs[$1]}; do mkdir "$dir" || cgroup_fail "cannot create the cgroup $dir (root needed)"; done
    dir=$cgroup_cpu_root/$name
    echo 10240 > "$dir/cpu.shares" || cgroup_fail "cannot set the CPU weight of $dir"
    [ -z "$quota" ] || { echo "$cgroup_period_us" > "$dir/cpu.cfs_period_us" && echo "$((quota * cgroup_period_us / 100))" > "$dir/cpu.cfs_quota_us"; } \
      || cgroup_fail "cannot set the CPU quota of $dir"
  fi
}

# Sets the array `launcher` to a prefix that runs a command in the key's cgroup (in none if the key has none): the
# launcher joins the cgroup and then becomes the command (one process, so $! of `"${launcher[@]}" command &` is the
# command's), and every thread the command starts is in it.
cgroup_launcher() { # key
  local procs= dir
  for dir in ${cgroup_dirs[$1]:-}; do procs+=" $dir/cgroup.procs"; done
  launcher=(env "CGROUP_PROCS=$procs" bash -c 'for f in $CGROUP_PROCS; do echo $$ > "$f" || exit 1; done; exec "$@"' launcher)
}

# Fails unless the process is in every directory of the key's cgroup.
check_in_cgroup() { # key, pid
  local dir
  for dir in ${cgroup_dirs[$1]}; do grep -qx "$2" "$dir/cgroup.procs" || cgroup_fail "process $2 is not in its cgroup $dir"; done
}

# The CPU time the key's cgroup used so far, in microseconds.
cgroup_usage_us() { # key
  local dir=${cgroup_dirs[$1]##* }
  if [ "$cgroup_version" == 2 ]; then
    awk '$1 == "usage_usec" { print $2 }' "$dir/cpu.stat"
  else
    echo $(($(cat "$dir/cpuacct.usage") / 1000))
  fi
}

# How many quota periods the cgroup has lived through with runnable work, and in how many of them it was throttled.
cgroup_throttling() { # key
  awk '$1 == "nr_periods" { periods = $2 } $1 == "nr_throttled" { throttled = $2 } END { print periods, throttled }' \
    "${cgroup_dirs[$1]%% *}/cpu.stat"
}

# Removes every cgroup created, once its processes have exited.
remove_cgroups() {
  local key dir
  for key in "${!cgroup_dirs[@]}"; do
    for dir in ${cgroup_dirs[$key]}; do
      # A killed process leaves its cgroup a moment after wait returns.
      for _ in $(seq 50); do rmdir "$dir" 2> /dev/null && break; sleep 0.1; done
      [ ! -d "$dir" ] || echo "$(basename "$0"): could not remove the cgroup $dir" >&2
    done
  done
  cgroup_dirs=()
  [ "$cgroup_enabled_cpu_controller" == false ] || echo -cpu > "$cgroup_cpu_root/cgroup.subtree_control" 2> /dev/null || true
}
